"""The kind of document a signing's word names, and signings told apart by it.

A page often tells two documents signed at one meeting ("signed a treaty ... and in a joint
statement issued after the talks"): one day, one place, one pair of leaders, so nothing else
tells the two apart and they merged into one agreement, the second building no row of its
own. The noun of the signing's word says which document it is: a treaty is not a statement. A
word that names no kind ("signed documents", "a gas deal", "agreements") may be any of them.
The kinds and their nouns are each language's data (knowledge/events_<language>.yaml,
``document_kinds``)."""

from __future__ import annotations

from ruchina.extract.event_words import EventWords


def document_kind(words: EventWords, trigger_text: str) -> str:
    """The one kind of document a signing's word names ("" for none, or for a word naming
    two kinds at once, which tells no single document)."""
    kinds = {kind for kind, nouns in words.document_kinds if nouns.search(trigger_text)}
    return kinds.pop() if len(kinds) == 1 else ""


def told_as_added(words: EventWords, sentence: str, t_start: int) -> bool:
    """Whether the signing's word at ``t_start`` follows the word that tells it as one more
    signing ("also signed a joint statement"; the language's ``added_signings``)."""
    return bool(words.added_signing.search(sentence, max(0, t_start - 20), t_start))


#: the words of a joined document's name read for its kind ("joint statement marking"): its
#: modifiers and its noun, not what it is about ("a statement marking the treaty's anniversary")
JOINED_NAME_WORDS = 3


def joined_document(words: EventWords, sentence: str, t_end: int, scope_end: int) -> str:
    """ "signed a joint declaration on X and a statement marking Y": the kind of a second document
    joined to the one the signing's word names (ending at ``t_end``), in its clause; "" for none
    ("and a number of agreements" names no kind)."""
    joined = words.added_document.match(sentence, t_end, scope_end)
    if joined is None:
        return ""
    return document_kind(words, " ".join(sentence[joined.end():scope_end].split()[:JOINED_NAME_WORDS]))


def another_of_its_kind(event, mention) -> bool:
    """ "X and Y signed a statement marking the anniversary. They also signed a joint statement
    on trade": a signing told as one more, after a signing of the same kind of document was told,
    is a second document of that kind, not the first told again (the kind alone cannot tell them
    apart: documents_apart). Not where the event holds only such added signings itself."""
    return (mention.added and mention.document in event.documents
            and any(m.document == mention.document and not m.added for m in event.mentions))


def signings_apart(first, signing) -> bool:
    """Two signings (events) of documents apart: of kinds apart, or the second told only as one
    more of a kind the first holds ("also signed a joint statement" beside "signed a statement")."""
    return documents_apart(first.documents, signing.documents) or (
        all(m.added for m in signing.mentions) and any(another_of_its_kind(first, m) for m in signing.mentions))


def documents_apart(kinds_a: frozenset[str], kinds_b: frozenset[str]) -> bool:
    """Two signings whose words name documents, none of one kind: two documents, two agreements."""
    return bool(kinds_a and kinds_b) and kinds_a.isdisjoint(kinds_b)


def of_another_document(documents: frozenset[str], document: str) -> bool:
    """A signing's word names another kind of document than ``documents`` (an event's)."""
    return documents_apart(documents, frozenset({document} - {""}))


def signed_beside_the_main_signing(events: list, main) -> None:
    """ "X and Y signed a treaty on Monday. They also signed a joint statement": under a story of
    one signing, a signing of another kind of document that names no one, no place and no day of
    its own (it joined no other event: merge_within_article keeps it apart from the main one) is
    held by the main signing's people at its place on its day. Not one told as earlier or as to
    come while the main one is held ("a joint statement will follow next year")."""
    if main.family != "agreement" or main.earlier or main.date is None:
        return
    for signing in events:
        if (signing is not main and signing.family == "agreement" and not signing.participants
                and signing.location_id is None and signing.date is None and not signing.earlier
                and documents_apart(signing.documents, main.documents)
                and {m.status for m in signing.mentions} == {m.status for m in main.mentions}):
            signing.held_with(main, tuple(sorted(main.participants)))

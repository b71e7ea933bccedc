"""A signing told done by others before the story's people ("In the presence of the two leaders,
the foreign ministers signed an agreement on the border", «В их присутствии министры ...
подписали соглашение», "Im Beisein der Präsidenten unterzeichneten die Außenminister ..."):
those it names besides the main event's people sign it, two or more of them; the main event's
people only witness it. It is another signing than the leaders' own (their joint statement told
beside it), held at the main event's place on its day by its signers alone (event_signings.py).

A signing told done before the main event's people that names no signer ("в присутствии глав
правительств был подписан пакет документов", "documents were signed in the presence of the two
leaders") is theirs: the people its headline report names, not everyone the talks had (the deputies
who attended them only witness too).

Without this, the ministers' agreement was folded into the leaders' statement, one row of four
signers where the text tells two documents signed by two pairs. The words of presence are each
language's (knowledge/events_<language>.yaml, `witnessed_by`); the rule is here.
"""

from __future__ import annotations

from ruchina.extract.event_words import listed_words


def witnessed_signers(words, signing, main) -> frozenset[str]:
    """The signers of ``signing`` told done before others (each of its reports' sentences holds the
    language's words of presence) where it names two people or more besides ``main``'s people;
    else none (a signing of the main event's people, or one naming one other: "the minister signed
    in the presence of the leaders" may be one side's act of the leaders' signing)."""
    if signing.family != "agreement" or not told_before_others(words, signing):
        return frozenset()
    own = frozenset(signing.participants - main.participants)
    return own if len(own) >= 2 else frozenset()


def witnesses_as_signers(words, signing, main) -> frozenset[str]:
    """The people of ``main``'s headline report, two or more, where ``signing`` is told done before
    others (each of its reports holds the words of presence) and names no one ``main`` lacks: the
    leaders in whose presence it was signed; else none (the caller keeps all of ``main``'s people)."""
    if signing.family != "agreement" or not main.mentions or not told_before_others(words, signing) \
            or not signing.participants <= main.participants:
        return frozenset()
    headline = frozenset(main.mentions[0].participant_ids) & main.participants
    return headline if len(headline) >= 2 else frozenset()


def told_before_others(words, event) -> bool:
    """Whether each report of ``event`` tells it done before others: its sentence holds the
    language's words of presence (``witnessed_by``: "in their presence", "im Beisein")."""
    pattern = listed_words(words.language, "witnessed_by") if words is not None else None
    return pattern is not None and bool(event.mentions) and all(pattern.search(m.sentence) for m in event.mentions)

"""A meeting told by its host's verb and the guest named right after it ("Lula will host Modi in
Brasilia tomorrow", "the emir hosted Turkish President Erdogan"): host and guest meet, though no
event word says so. Only a person right after the verb, titles alone between, is a guest: "hosts
the leaders of the bloc", "will host the summit", "hosted by the governor" tell no meeting this
way, nor a list of guests ("hosted A, B and C"), who gather for more than one meeting. A guest
may follow a short description of him between commas ("received China's top diplomat, X, in ..."). The verbs are the language's (``meeting_hosts`` in knowledge/events_<language>.yaml,
EventWords.meeting_host); a language without them lists none.
"""

from __future__ import annotations

from ruchina.extract.event_words import EventWords
from ruchina.extract.hosted_guests import without_titles
from ruchina.extract.linking import Mention


def host_meeting_triggers(words: EventWords, sentence: str, mentions: list[Mention]) -> list[tuple[str, int, int]]:
    """(event type, start, end) of each hosting verb that has a guest: a meeting's event word.
    ``mentions``: the sentence's, their offsets in it."""
    people = sorted((m for m in mentions if m.entity_type == "PERSON"), key=lambda m: m.start)
    found = []
    for verb in words.meeting_host.finditer(sentence):
        after = [m for m in people if m.start >= verb.end()]
        if not after or sentence.startswith(("'s", "’s"), after[0].end) or not (
                _titles_only(words, sentence[verb.end():after[0].start])
                or described(sentence, verb.end(), after[0].start, after[0].end)):
            continue  # ("received X's envoy": X is none of the guests)
        # (a list of guests, "hosted A, B and C", is a gathering the sentence's other words name)
        if len(after) > 1 and words.subject_gap.match(without_titles(sentence[after[0].end:after[1].start], words.leaders) + " "):
            continue
        found.append(("meeting", verb.start(), verb.end()))
    return found


#: the most words of a description before the guest's name between commas ("China's top diplomat, X,")
DESCRIPTION_WORDS = 5


def described(sentence: str, start: int, name_start: int, name_end: int) -> bool:
    """ "received China's most senior diplomat, Wang Yi, in ...": a few words describing the guest,
    then the guest's name between commas (an apposition), right after the verb."""
    gap = sentence[start:name_start]
    words = gap.rstrip().removesuffix(",").split()
    return (gap.rstrip().endswith(",") and 0 < len(words) <= DESCRIPTION_WORDS and "," not in gap.rstrip()[:-1]
            and all(w.replace("'", "").replace("’", "").isalpha() for w in words)
            and sentence.startswith(",", name_end))


def _titles_only(words: EventWords, gap: str) -> bool:
    """Only capitalised titles ("French President"), the language's leader words and a word that
    points back ("the", "his") between verb and guest; no punctuation, no other word ("by")."""
    return all(w.isalpha() for w in gap.split()) and all(
        words.back_reference.fullmatch(w + " ") for w in without_titles(gap, words.leaders).split())

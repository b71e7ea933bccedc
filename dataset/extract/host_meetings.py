"""A meeting told by its host's verb and the guest named right after it ("Lula will host Modi in
Brasilia tomorrow", "the emir hosted Turkish President Erdogan"): host and guest meet, though no
event word says so. Only a person right after the verb, titles alone between, is a guest: "hosts
the leaders of the bloc", "will host the summit", "hosted by the governor" tell no meeting this
way, nor a list of guests ("hosted A, B and C"), who gather for more than one meeting. The verbs are the language's (``meeting_hosts`` in knowledge/events_<language>.yaml,
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
        if not after or not _titles_only(words, sentence[verb.end():after[0].start]):
            continue
        # (a list of guests, "hosted A, B and C", is a gathering the sentence's other words name)
        if len(after) > 1 and words.subject_gap.match(without_titles(sentence[after[0].end:after[1].start], words.leaders) + " "):
            continue
        found.append(("meeting", verb.start(), verb.end()))
    return found


def _titles_only(words: EventWords, gap: str) -> bool:
    """Only capitalised titles ("French President"), the language's leader words and a word that
    points back ("the", "his") between verb and guest; no punctuation, no other word ("by")."""
    return all(w.isalpha() for w in gap.split()) and all(
        words.back_reference.fullmatch(w + " ") for w in without_titles(gap, words.leaders).split())

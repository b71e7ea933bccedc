"""What the rules on a printed transcript's turns share (first_person_events.py,
addressee_events.py, speakers_just_done.py): the event words of a clause, each with where its
clause starts, and the turn a place in the text belongs to."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention

#: what ends the clause before an event word: a comma, a semicolon, a colon, a dash
CLAUSE_MARKS = ",;:–—"


def event_words_with_clause_starts(words: EventWords, sentence: str, low: int,
                                   high: int) -> Iterator[tuple[re.Match[str], int]]:
    """Each event word of ``sentence[low:high]`` with the start of the clause before it."""
    for found in words.trigger.finditer(sentence, low, high):
        yield found, max([sentence.rfind(mark, low, found.start()) for mark in CLAUSE_MARKS] + [low - 1]) + 1


def turn_at(labels: list[Mention], at: int) -> int | None:
    """The index of the speaker label whose turn holds the text's position ``at``: the last that
    ends before it; None before the first."""
    return next((i for i in range(len(labels) - 1, -1, -1) if labels[i].end <= at), None)

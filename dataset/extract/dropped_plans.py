"""A place named only for a plan that was dropped ("the gathering had been due to take place in X
but was moved online", "изначально саммит планировалось провести в X", "eigentlich hätte das
Treffen in X stattfinden sollen") is not where the event was held: the plan changed, and the page
names the place the event was meant for, not the one it had.

The words are each language's ``dropped_plans`` (knowledge/events_<language>.yaml): words of a plan
told as given up or changed, standing before the place in its clause. Not a plan told plainly
("the summit will be held in X", "is due to take place in X"): that one is the event's place.
"""

from __future__ import annotations

from ruchina.extract.event_words import listed_words
from ruchina.extract.linking import Mention

#: how far before the place the plan's words may stand ("had been due to take place in St Petersburg")
REACH = 80
_CLAUSE_END = ".;!?。；！？"


def place_of_a_dropped_plan(language: str, sentence: str, place: Mention) -> bool:
    """Whether the place is told in the clause of a plan given up (the language's dropped_plans
    words before it, no clause's end between)."""
    pattern = listed_words(language, "dropped_plans")
    if pattern is None:
        return False
    start = max(0, place.start - REACH)
    for told in pattern.finditer(sentence, start):  # (to the sentence's end: a plan's words may look ahead)
        if told.end() <= place.start and not any(ch in sentence[told.end():place.start] for ch in _CLAUSE_END):
            return True
    return False

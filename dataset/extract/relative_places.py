"""The place a relative word of place points back to, when an event word's clause opens with
it: "Putin flew in from Vladivostok, where he had held his first summit with Kim" (the summit
is at Vladivostok), "прилетел из Владивостока, где провёл переговоры". The place stands right
before the comma and the relative word; the clause runs on to the event word with no mark that
would close it first. The words are each language's (``place_relative`` in
knowledge/events_<language>.yaml).

Only for an event word whose own clause names no place (event_places.py asks when its pool is
empty): a place the clause names ("..., where he flew on to Sochi for talks") is nearer.
"""

from __future__ import annotations

from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention


def place_of_the_relative(words: EventWords, sentence: str, places: list[Mention], trigger_start: int) -> Mention | None:
    """The place right before a relative word of place that opens the clause of the event word
    starting at ``trigger_start``; None when no such place is there."""
    before = [m for m in places if m.end <= trigger_start]
    if not before:
        return None
    nearest = max(before, key=lambda m: m.end)
    return nearest if words.place_relative_gap.match(sentence, nearest.end, trigger_start) else None

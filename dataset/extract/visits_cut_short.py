"""A visit told as cut short, and the place its visitor goes to then: "Putin is cutting his visit
short and will fly to Vladikavkaz this evening". The city after the words of travel is the next
leg's, not the visit's (which the dateline or another sentence places); left alone, event_places.py
took it as the visit's place, the only one in the sentence.

Only a visit word inside the language's `visit_cut_short` words (knowledge/events_<language>.yaml:
"cutting his visit short", "cut short her trip") and a place after them that stands right after the
language's `onward_travel` words ("will fly to", "leaves for"). A visit told whole with its places
("his visit, during which he will travel to Moscow and Kazan") is not cut short and keeps them.
"""

from __future__ import annotations

from ruchina.extract.event_words import listed_words

#: at most this many characters between the words of travel and the place ("to  X")
_GAP = 2


def place_after_a_cut_short_visit(language: str, sentence: str, trigger_start: int, place_start: int) -> bool:
    """Whether the place at ``place_start`` is where the visitor goes once the visit whose word
    starts at ``trigger_start`` is cut short."""
    cut = listed_words(language, "visit_cut_short")
    onward = listed_words(language, "onward_travel")
    if cut is None or onward is None:
        return False
    for told in cut.finditer(sentence):
        if not told.start() <= trigger_start < told.end() or place_start < told.end():
            continue
        for going in onward.finditer(sentence, told.end(), place_start):
            if 0 <= place_start - going.end() <= _GAP:
                return True
    return False

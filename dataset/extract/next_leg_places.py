"""A place told as where the event's people go once it is over ("a summit that X chairs on Thursday
morning, before they fly to Pittsburgh", "avant de partir pour la Pennsylvanie"): the next leg's, not
the event's. Left alone, event_places.py took it as the event's place, the only one in its clause, and
the event then merged with another held there (the Security Council's summit in New York with the
G20's in Pittsburgh).

The words are each language's ``next_leg`` (knowledge/events_<language>.yaml): a link of time
("before", "avant de") and a verb of going with its preposition, right before the place; they must
stand after the event word, whose clause they close. A place the event word's own clause gives
("met in New York on Wednesday, before flying to Pittsburgh") is still the event's.
"""

from __future__ import annotations

from ruchina.extract.event_words import listed_words

#: at most this many characters between the words of going and the place ("to  X")
_GAP = 2


def place_of_the_next_leg(language: str, sentence: str, trigger_end: int, place_start: int) -> bool:
    """Whether the place at ``place_start`` stands right after the language's ``next_leg`` words,
    told after the event word that ends at ``trigger_end``."""
    pattern = listed_words(language, "next_leg")
    if pattern is None or place_start < trigger_end:
        return False
    return any(0 <= place_start - going.end() <= _GAP
               for going in pattern.finditer(sentence, trigger_end, place_start))

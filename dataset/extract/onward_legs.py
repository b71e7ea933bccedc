"""A place a trip goes on to after the event is not the event's: "The leaders signed the treaty at
the opening session, before moving on to X, where ..." holds the signing where the session was, not
in X; "then flies to X", "next stop: X" the same. Told before the event word, the leg leads to it:
"then flies to X for the summit" puts the summit in X (the rule reads only words after the event's).

The words are each language's ``onward_legs`` (knowledge/events_<language>.yaml), standing right
before the place they go on to.
"""

from __future__ import annotations

from ruchina.extract.event_words import listed_words
from ruchina.extract.linking import Mention

#: how far before the place the leg's words may start ("before moving on today to X")
REACH = 60


def place_of_an_onward_leg(language: str, sentence: str, place: Mention, trigger_end: int) -> bool:
    """Whether the place is where a trip goes on to after the event word (the language's onward_legs
    words between the two, right before the place)."""
    if place.start < trigger_end:
        return False
    pattern = listed_words(language, "onward_legs")
    if pattern is None:
        return False
    return any(not sentence[leg.end():place.start].strip()
               for leg in pattern.finditer(sentence, max(trigger_end, place.start - REACH), place.start))


def without_leg_dates(language: str, sentence: str, dates: list) -> list:
    """``dates`` (of ``sentence``) less those told inside a trip's onward leg ("before moving on
    today to X": today is the leg's day, not the event's)."""
    pattern = listed_words(language, "onward_legs")
    if pattern is None or not dates:
        return dates
    legs = [(leg.start(), leg.end()) for leg in pattern.finditer(sentence)]
    return [d for d in dates if not any(start <= d.char_start and d.char_end <= end for start, end in legs)]

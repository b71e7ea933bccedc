"""The city a venue is told in right after its name: "talks at Hyderabad House, New Delhi", "laid a
wreath in the Peace Memorial Park in Hiroshima". A venue the knowledge base knows is placed in its
city anyway (event_places.venue_city); one it does not know is a name found in the text, with no city
of its own, and an event placed there would stand apart from the reports that place it in the city
(and from the gold's city). So the event is placed in the city the text names right after the venue:
after a comma, where a venue's preposition opens the venue's name ("at X House, New Delhi"), or after
a venue's preposition ("in the X Park in Hiroshima"). Not a place after a comma that no venue's name
and preposition stand before ("talks on trade, New Delhi said"), nor a known venue's next place.
"""

from __future__ import annotations

import re

from ruchina.extract.linking import Mention
from ruchina.knowledge.base import entity_catalog

#: a name of capitalised words, with the small words a venue's name holds between them ("Palace of
#: the Republic"), ending right where the text before the place's comma ends
_NAME = re.compile(r"(?:[A-ZÀ-ÞА-ЯЁ][\w'’.-]*\s+(?:(?:of|the|de|del|la|le|du|des)\s+)*)*[A-ZÀ-ÞА-ЯЁ][\w'’.-]*$")
_COMMA = re.compile(r",\s*$")
#: the kinds of names a venue found in the text has (no month: "in January, Kazakhstan went through")
_VENUES = frozenset({"FAC", "MISC"})
#: the kinds of names that are no venue: a person's, a body's, a place's (its own mention places it)
_NOT_VENUES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
#: at most this many characters between a venue's name and its city ("Park in the city of" is read
#: by the venue prepositions' own longer forms, not here)
_GAP = 8


def after_a_named_venue(venue_before: re.Pattern[str], source_before: re.Pattern[str], sentence: str,
                        place: Mention, mentions: list[Mention]) -> bool:
    """Whether the place stands right after a venue's name and a comma, a venue's preposition
    before the name ("at Hyderabad House, New Delhi"). Not after the name of a person, a body or a
    place ("according to Xinhua, China's agency": a source; "to Astana, Kazakhstan": the city is the
    place), nor after a word the text finds no name in ("in January, Kazakhstan"), nor after a source's words."""
    offset = max(0, place.start - 90)
    before = sentence[offset:place.start]
    comma = _COMMA.search(before)
    if comma is None:
        return False
    head = before[:comma.start()]
    name = _NAME.search(head)
    if name is None or not venue_before.search(head[:name.start()]) or source_before.search(head[:name.start()]):
        return False
    start, end = offset + name.start(), offset + name.end()
    named = [m for m in mentions if m.start < end and start < m.end]
    return any(m.entity_type in _VENUES for m in named) and not any(m.entity_type in _NOT_VENUES for m in named)


def city_of_an_unknown_venue(venue_before: re.Pattern[str], sentence: str, best: Mention,
                             pool: list[Mention]) -> Mention | None:
    """The city the pool holds right after ``best``, a venue the knowledge base does not know, joined
    to it by a comma or a venue's preposition; None otherwise."""
    if best.entity_type != "FAC" or entity_catalog().get(best.entity_id) is not None:
        return None
    for place in pool:
        gap = sentence[best.end:place.start]
        if place.entity_type == "GPE" and 0 < len(gap) <= _GAP and (gap.strip() == "," or venue_before.search(gap)):
            return place
    return None

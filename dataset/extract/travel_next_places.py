"""Talks told right after a sentence of the visitor's travel to a city, naming no place of their own:
"He then flies to Beijing. A meeting with President X is set for Monday" holds the meeting in
Beijing. The words of travel are the language's `onward_travel` (knowledge/events_<language>.yaml,
as visit_onward_cities.py reads them), the city right after them; the talks' report opens the very
next sentence of the same paragraph, and one of its people is the visitor of a visit the article
tells in that city, in the country holding it or in another city of that country. Talks of others, talks told further on, or a
place that is no city of the visit's country place nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ruchina.extract.event_words import listed_words
from ruchina.knowledge.base import entity_catalog

#: where a sentence ends: its stop and the space after it (a paragraph's break ends the run)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?[ \t]+")
#: at most this many characters between the words of travel and the city
_GAP = 2


def place_talks_after_travel(events: list, body: str, body_mentions: list, language: str) -> None:
    """Places each unplaced meeting told right after a sentence of its visitor's travel to a city."""
    pattern = listed_words(language, "onward_travel")
    visits = [e for e in events if e.family == "visit" and not e.earlier and e.location_id]
    unplaced_talks = any(e.family == "gathering" and e.location_id is None for e in events)
    if pattern is None or not visits or not unplaced_talks:
        return
    catalog = entity_catalog()
    places = [m for m in body_mentions if m.entity_type == "GPE"]
    for match in pattern.finditer(body):
        city = next((m for m in places if 0 <= m.start - match.end() <= _GAP), None)
        end = _SENTENCE_END.search(body, match.end())
        if city is None or end is None or "\n" in body[match.end():end.end()]:
            continue
        next_start = end.end()
        holding = {city.entity_id, *catalog.places_containing(city.entity_id)}
        # (the visit told in the city, in its country, or in another city of that country)
        visitors = {p for v in visits if {v.location_id, *catalog.places_containing(v.location_id)} & holding
                    for p in v.participants}
        for talks in events:
            first = talks.mentions[0]
            if (talks.family == "gathering" and first.event_type == "meeting" and talks.location_id is None
                    and not talks.earlier and talks.participants & visitors
                    and any(m.sentence_start == next_start for m in talks.mentions)):
                talks.add(replace(first, location_id=city.entity_id), 0)

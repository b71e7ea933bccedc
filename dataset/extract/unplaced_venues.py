"""A venue the knowledge base does not know, under a place line that names a city it knows,
is in that city ("began their talks at the Presidential Palace" under "HELSINKI, July 16":
held in Helsinki). Many capitals have a presidential palace, a state guesthouse or a
congress hall, and the knowledge base cannot say which city's is meant; the story filed
from a city tells it. The event's place is then the city, as a venue the knowledge base
does place is in its city (event_places.py): reports naming the city and reports naming
the venue tell of one place.

Only a city (a known place inside a country; not a country, whose venue could be in any of
its cities), only a venue (a place the text names as a facility, which the knowledge base
lacks), and only a report of the story's own days (not one looking back at an earlier event).
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_report import EventMention
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import entity_catalog

_VENUE = "FAC"


def venues_in_the_line_city(mentions: list[EventMention], line_place: str | None,
                            body_mentions: list[Mention]) -> list[EventMention]:
    """Each report placed at a venue the knowledge base lacks, at the place line's city."""
    if not _city(line_place):
        return mentions
    venues = {m.entity_id for m in body_mentions if m.entity_type == _VENUE and not m.linked}
    catalog = entity_catalog()
    return [replace(m, location_id=line_place)
            if m.location_id in venues and catalog.get(m.location_id) is None and not m.earlier else m
            for m in mentions]


def _city(place: str | None) -> bool:
    entity = entity_catalog().get(place) if place else None
    return entity is not None and entity.entity_type == "GPE" and entity.located_in is not None

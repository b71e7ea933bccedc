"""A summit, forum or meeting that its title or lead places in a country ("the leaders met in Brazil
before the summit") and one of its other reports in a city of that country ("the summit opens
on Tuesday in Fortaleza", "The two presidents met in Bratislava"): it is held in the city. A gathering
of many, or of two, is held in a city; the country is the same place at a coarser grain. (A visit is not: it may take its visitor to
several cities of the country, and is placed in the country that holds them, event_itineraries.py.)
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ruchina.knowledge.base import entity_catalog

if TYPE_CHECKING:  # (event_mentions.py asks this of its events)
    from ruchina.extract.event_mentions import ArticleEvent

#: the kinds of events held in one city
_HELD_IN_A_CITY = frozenset({"summit", "forum", "meeting"})


def finer_place(event: ArticleEvent, stated: str) -> str:
    """The place within ``stated`` that the event's other reports give most often (the first
    of them on a tie), if it is a summit, a forum or a meeting; else ``stated``."""
    if event.mentions[0].event_type not in _HELD_IN_A_CITY:
        return stated
    catalog = entity_catalog()
    inside = Counter(m.location_id for m in event.mentions
                     if m.location_id and m.location_id != stated and stated in catalog.places_containing(m.location_id))
    return max(inside, key=lambda place: inside[place]) if inside else stated

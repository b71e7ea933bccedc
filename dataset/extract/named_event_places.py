"""The place of a recurring event held in one place every time: a report of the Eastern
Economic Forum that names no place is of the forum in Vladivostok, where the knowledge base
says every edition is held (`held_in`). Knowledge as data; the rule only reads it. Talks on the
forum's sidelines take the place from the forum in the corpus (corpus/event_parts.py)."""

from __future__ import annotations

from ruchina.extract.event_mentions import ArticleEvent
from ruchina.knowledge.base import entity_catalog


def place_named_events(events: list[ArticleEvent]) -> None:
    """Place each event that names no place at the one place of the recurring events of its
    kind its sentences name ("the Eastern Economic Forum", for a forum; not for talks that
    merely mention it)."""
    catalog = entity_catalog()
    for event in events:
        if event.location_id is not None:
            continue
        places = {known.held_in for name in event.own_names
                  if (known := catalog.by_name.get(name)) is not None and known.held_in}
        if len(places) == 1:
            event.assumed_location = catalog.named(places.pop()).entity_id
            event.__dict__.pop("location_id", None)

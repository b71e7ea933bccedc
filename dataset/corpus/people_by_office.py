"""People the events table puts at events that no article names: a leader an article tells only
by his seat or office ("der Kremlchef" of a page that never writes "Putin", read as the year's
holder by extract/seat_holders.py).

Every events row's participants must resolve in the entities table, and the entities table holds
what the articles name; these people join it as the knowledge base has them, each named once by
every article whose own report of an event gives him (as unnamed_places.py does for places).
"""

from __future__ import annotations

from collections.abc import Iterable

from ruchina.extract.extraction import ArticleExtraction
from ruchina.knowledge.base import entity_catalog


def _unnamed(extractions: list[ArticleExtraction]) -> dict[str, set[str]]:
    """Each known person an article's event gives whom no article names: the articles."""
    catalog = entity_catalog()
    named = {m.entity_id for x in extractions for m in x.mentions}
    found: dict[str, set[str]] = {}
    for x in extractions:
        for event in x.events:
            for person in event.participants:
                if person not in named and catalog.get(person) is not None:
                    found.setdefault(person, set()).add(x.article_id)
    return found


def catalog_names_of_event_people(extractions: Iterable[ArticleExtraction]) -> dict[str, str]:
    """The knowledge base's names of those people, so that an event's id and label name them."""
    catalog = entity_catalog()
    return {person: catalog.get(person).name for person in sorted(_unnamed(list(extractions)))}


def people_named_by_office(extractions: Iterable[ArticleExtraction],
                           events: Iterable) -> dict[str, tuple[list[str], int]]:
    """Each such person an events row holds: the articles that tell him, and how many (his
    mentions: one an article)."""
    unnamed = _unnamed(list(extractions))
    in_rows = {p for event in events for p in event.participant_ids}
    return {person: (sorted(articles), len(articles)) for person, articles in unnamed.items() if person in in_rows}

"""knowledge/summit_editions.yaml, read once: each recurring summit's body, the names a page calls
the body by, and its editions (host city, first and last day). text/page_summit_years.py dates a
live page by them; extract/body_summits.py names and places a body's summit by them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from ruchina.errors import RuchinaError
from ruchina.knowledge.base import KnownEntity, entity_catalog, read_knowledge_file


@dataclass(frozen=True)
class Edition:
    city: KnownEntity
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class RecurringSummit:
    body: str
    names: tuple[str, ...]  # as a page writes them, any language
    editions: tuple[Edition, ...]


@lru_cache(maxsize=None)
def recurring_summits() -> tuple[RecurringSummit, ...]:
    catalog, summits = entity_catalog(), []
    for summit in read_knowledge_file("summit_editions").get("summits") or []:
        editions = []
        for edition in summit.get("editions") or []:
            city = catalog.by_name.get(edition["city"])
            if city is None:
                raise RuchinaError(f"knowledge/summit_editions.yaml: {edition['city']!r} is no place of the knowledge base")
            editions.append(Edition(city, edition["start"], edition["end"]))
        summits.append(RecurringSummit(str(summit["body"]), tuple(str(name) for name in summit["names"]), tuple(editions)))
    return tuple(summits)

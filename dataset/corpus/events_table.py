"""Build the events table: one row per real-world event, merged across articles."""

from __future__ import annotations

from collections.abc import Callable

import pyarrow as pa

from ruchina.corpus.event_merge import Event, merge_across_articles
from ruchina.corpus.event_parts import place_parts_by_their_whole
from ruchina.corpus.event_reports import Commonness
from ruchina.corpus.people_by_office import catalog_names_of_event_people
from ruchina.corpus.unnamed_places import catalog_names_of_event_places
from ruchina.extract.extraction import ArticleExtraction
from ruchina.schemas import ARROW_SCHEMAS


def merged_events(extractions: list[ArticleExtraction], names: dict[str, str],
                  colliding: Callable[[set[str]], list[Event]] | None = None,
                  common: Commonness | None = None) -> list[Event]:
    """The events of these articles' reports. ``common``: what is common in the corpus
    (event_reports.Commonness), by default counted in these articles."""
    if common is None:
        common = Commonness.of_articles(x.mentions for x in extractions)
    # (a city an article names only through its venue is named as the knowledge base names it)
    names = {**catalog_names_of_event_places(extractions, set(names)), **names}
    names = {**catalog_names_of_event_people(extractions), **names}  # (and a leader told only by his seat)
    events = merge_across_articles([e for x in extractions for e in x.events], names, colliding, common)
    place_parts_by_their_whole(events)
    return events


def events_table(events: list[Event]) -> pa.Table:
    schema = ARROW_SCHEMAS["events"]
    events = sorted(events, key=lambda e: e.event_id)
    # An Event holds each column of its row under the column's name.
    return pa.Table.from_pydict({name: [getattr(event, name) for event in events] for name in schema.names},
                                schema=schema)

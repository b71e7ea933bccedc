"""Build the events table: one row per real-world event, merged across articles."""

from __future__ import annotations

from collections.abc import Callable

import pyarrow as pa

from ruchina.corpus.event_merge import Event, merge_across_articles
from ruchina.corpus.event_reports import Commonness
from ruchina.extract.extraction import ArticleExtraction
from ruchina.schemas import ARROW_SCHEMAS


def merged_events(extractions: list[ArticleExtraction], names: dict[str, str],
                  colliding: Callable[[set[str]], list[Event]] | None = None,
                  common: Commonness | None = None) -> list[Event]:
    """The events of these articles' reports. ``common``: what is common in the corpus
    (event_reports.Commonness), by default counted in these articles."""
    if common is None:
        common = Commonness.of_articles(x.mentions for x in extractions)
    return merge_across_articles([e for x in extractions for e in x.events], names, colliding, common)


def events_table(events: list[Event]) -> pa.Table:
    rows = [
        {
            "event_id": event.event_id,
            "event_type": event.event_type,
            "label": event.label,
            "start_date": event.start_date,
            "end_date": event.end_date,
            "date_precision": event.date_precision,
            "location_id": event.location_id,
            "participant_ids": event.participant_ids,
            "status": event.status,
            "article_ids": event.article_ids,
            "evidence": event.evidence,
        }
        for event in sorted(events, key=lambda e: e.event_id)
    ]
    return pa.Table.from_pylist(rows, schema=ARROW_SCHEMAS["events"])

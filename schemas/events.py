"""events: one row per real-world event, merged across the articles that report it."""

from __future__ import annotations

import pyarrow as pa

from ruchina.schemas.spec import Check, Column, TableSpec, lazy_model
from ruchina.vocabulary import DATE_PRECISIONS, EVENT_TYPES

STATUSES = ("occurred", "planned")


def _reported_by_an_article(values):
    return values.map(lambda v: v is not None and len(v) > 0)


def _dates_match_precision(frame):
    undated = frame["start_date"].isna() & frame["end_date"].isna()
    unknown = frame["date_precision"] == "unknown"
    return (undated & unknown) | (~undated & ~unknown & frame["end_date"].notna() & frame["start_date"].notna())


def _start_not_after_end(frame):
    import pandas as pd

    in_order = [start is None or end is None or start <= end for start, end in zip(frame["start_date"], frame["end_date"])]
    return pd.Series(in_order, index=frame.index)


SPEC = TableSpec(
    name="events",
    description="One row per real-world event, merged across the articles that report it.",
    notes="Dates are a range (``start_date``..``end_date``) with the precision the text allows.",
    primary_key="event_id",
    columns=(
        Column("event_id", pa.string(), "<start date or undated>-<type>-<place, or two participants' surnames>, e.g. "
               "2025-05-08-meeting-moscow.",
               pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$"),
        Column("event_type", pa.string(), "meeting, summit, forum, state_visit, visit, parade, agreement, founding or "
               "other.", one_of=EVENT_TYPES),
        Column("label", pa.string(), "A readable name, e.g. Meeting of Xi Jinping and Vladimir Putin in Moscow.",
               not_empty=True),
        Column("part_of", pa.string(), "The larger event it is part of (the talks inside a state visit, a meeting "
               "on a summit's sidelines), reported by one of its articles; null for none.", nullable=True,
               references=("events",)),
        Column("start_date", pa.date32(), "First day of the range the text allows.", nullable=True),
        Column("end_date", pa.date32(), "Last day of the range the text allows.", nullable=True),
        Column("date_precision", pa.string(), "day, week, month, year, or unknown when no article dates it.",
               one_of=DATE_PRECISIONS),
        Column("location_id", pa.string(), "Where it took place (an entity).", nullable=True,
               references=("entities",)),
        Column("participant_ids", pa.list_(pa.string()), "The people taking part (entities), not those who only "
               "comment or stay away.", references=("entities",)),
        Column("status", pa.string(), "occurred, or planned when every report speaks of it in the future.",
               one_of=STATUSES),
        Column("article_ids", pa.list_(pa.string()), "Every article that reports it.", references=("articles",),
               checks=(Check("reported_by_an_article", _reported_by_an_article),)),
        Column("evidence", pa.string(), "The sentence that best supports it.", not_empty=True),
    ),
    checks=(Check("dates_match_precision", _dates_match_precision),
            Check("start_not_after_end", _start_not_after_end)),
)

EVENTS_ARROW_SCHEMA = SPEC.arrow_schema

#: EventsSchema, the pandera model, is made on first use: importing this module imports pyarrow only.
__getattr__ = lazy_model(SPEC, __name__)

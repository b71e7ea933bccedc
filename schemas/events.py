"""events: one row per real-world event, merged across the articles that report it."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
import pyarrow
from pandera.engines import pandas_engine
from pandera.typing import Series

EVENT_TYPES = ("meeting", "call", "summit", "forum", "state_visit", "visit", "parade", "agreement", "founding", "other")
DATE_PRECISIONS = ("day", "week", "month", "year", "unknown")
STATUSES = ("occurred", "planned")

EVENTS_ARROW_SCHEMA = pyarrow.schema(
    [
        pyarrow.field("event_id", pyarrow.string(), nullable=False),
        pyarrow.field("event_type", pyarrow.string(), nullable=False),
        pyarrow.field("label", pyarrow.string(), nullable=False),
        pyarrow.field("start_date", pyarrow.date32()),
        pyarrow.field("end_date", pyarrow.date32()),
        pyarrow.field("date_precision", pyarrow.string(), nullable=False),
        pyarrow.field("location_id", pyarrow.string()),
        pyarrow.field("participant_ids", pyarrow.list_(pyarrow.string()), nullable=False),
        pyarrow.field("status", pyarrow.string(), nullable=False),
        pyarrow.field("article_ids", pyarrow.list_(pyarrow.string()), nullable=False),
        pyarrow.field("evidence", pyarrow.string(), nullable=False),
    ]
)


class EventsSchema(pa.DataFrameModel):
    """Dates are a range (``start_date``..``end_date``) with the precision the text allows."""

    event_id: Series[str] = pa.Field(unique=True, str_matches=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", description='<start date or undated>-<type>-<place>, e.g. 2025-05-08-meeting-moscow.')
    event_type: Series[str] = pa.Field(isin=list(EVENT_TYPES), description='meeting, summit, forum, state_visit, visit, parade, agreement, founding or other.')
    label: Series[str] = pa.Field(str_length={"min_value": 1}, description='A readable name, e.g. Meeting of Xi Jinping and Vladimir Putin in Moscow.')
    start_date: Series[pandas_engine.Date] = pa.Field(nullable=True, description='First day of the range the text allows.')
    end_date: Series[pandas_engine.Date] = pa.Field(nullable=True, description='Last day of the range the text allows.')
    date_precision: Series[str] = pa.Field(isin=list(DATE_PRECISIONS), description='day, week, month, year, or unknown when no article dates it.')
    location_id: Series[str] = pa.Field(nullable=True, description='Where it took place (an entity).')
    participant_ids: Series[object] = pa.Field(description='The people taking part (entities), not those who only comment or stay away.')
    status: Series[str] = pa.Field(isin=list(STATUSES), description='occurred, or planned when every report speaks of it in the future.')
    article_ids: Series[object] = pa.Field(description='Every article that reports it.')
    evidence: Series[str] = pa.Field(str_length={"min_value": 1}, description='The sentence that best supports it.')

    @pa.check("article_ids", name="reported_by_an_article")
    def reported_by_an_article(cls, values: Series) -> Series[bool]:
        return values.map(lambda v: v is not None and len(v) > 0)

    @pa.dataframe_check(name="dates_match_precision")
    def dates_match_precision(cls, frame: pd.DataFrame) -> Series[bool]:
        undated = frame["start_date"].isna() & frame["end_date"].isna()
        unknown = frame["date_precision"] == "unknown"
        return (undated & unknown) | (~undated & ~unknown & frame["end_date"].notna() & frame["start_date"].notna())

    @pa.dataframe_check(name="start_not_after_end")
    def start_not_after_end(cls, frame: pd.DataFrame) -> Series[bool]:
        in_order = [start is None or end is None or start <= end for start, end in zip(frame["start_date"], frame["end_date"])]
        return pd.Series(in_order, index=frame.index)

    @pa.dataframe_check(name="sorted_by_event_id")
    def sorted_by_event_id(cls, frame: pd.DataFrame) -> bool:
        return frame["event_id"].is_monotonic_increasing

    class Config:
        strict = True
        ordered = True
        coerce = False

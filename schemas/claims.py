"""claims: one row per checkable statement an article makes."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
import pyarrow
from pandera.engines import pandas_engine
from pandera.typing import Series

QUALIFIERS = ("exact", "over", "about", "under")
PRECISIONS = ("day", "week", "month", "year")

CLAIMS_ARROW_SCHEMA = pyarrow.schema(
    [
        pyarrow.field("claim_id", pyarrow.string(), nullable=False),
        pyarrow.field("article_id", pyarrow.string(), nullable=False),
        pyarrow.field("subject_id", pyarrow.string(), nullable=False),
        pyarrow.field("attribute", pyarrow.string(), nullable=False),
        pyarrow.field("value", pyarrow.string(), nullable=False),
        pyarrow.field("value_num", pyarrow.float64()),
        pyarrow.field("value_date", pyarrow.date32()),
        pyarrow.field("value_end_date", pyarrow.date32()),
        pyarrow.field("value_precision", pyarrow.string()),
        pyarrow.field("qualifier", pyarrow.string(), nullable=False),
        pyarrow.field("sentence", pyarrow.string(), nullable=False),
        pyarrow.field("char_start", pyarrow.int64(), nullable=False),
        pyarrow.field("char_end", pyarrow.int64(), nullable=False),
    ]
)


class ClaimsSchema(pa.DataFrameModel):
    """``value`` is the normalised statement: a number, an ISO date or date range
    (``2023-10-16/2023-10-22``), an entity id for places, or, in an undated article, the
    date phrase it could not resolve ("this week", with ``value_date`` null)."""

    claim_id: Series[str] = pa.Field(unique=True, str_matches=r"^claim-[0-9a-f]{12}$", description="Stable while the article's text is.")
    article_id: Series[str] = pa.Field(description='The article that makes the claim.')
    subject_id: Series[str] = pa.Field(description='What the claim is about: an entity or an event.')
    attribute: Series[str] = pa.Field(str_matches=r"^[a-z][a-z0-9_]*$", description='date, location, founded_year, country_count, leader_count, percent_of_..., ...')
    value: Series[str] = pa.Field(str_length={"min_value": 1}, description='Normalised value: a number, an ISO date or range (2023-10-16/2023-10-22), an entity id; in an undated article, the date phrase it could not resolve.')
    value_num: Series[float] = pa.Field(nullable=True, description='The number, for counts, percentages and years.')
    value_date: Series[pandas_engine.Date] = pa.Field(nullable=True, description='First day of a date claim.')
    value_end_date: Series[pandas_engine.Date] = pa.Field(nullable=True, description='Last day of a date claim.')
    value_precision: Series[str] = pa.Field(nullable=True, isin=list(PRECISIONS), description='day, week, month or year, for dates.')
    qualifier: Series[str] = pa.Field(isin=list(QUALIFIERS), description='exact, over (more than, at least), under (fewer than, nearly), about.')
    sentence: Series[str] = pa.Field(str_length={"min_value": 1}, description='The sentence that states it.')
    char_start: Series[int] = pa.Field(ge=0, description="Where the value starts in the article's body.")
    char_end: Series[int] = pa.Field(gt=0, description="Where the value ends in the article's body.")

    @pa.dataframe_check(name="span_is_ordered")
    def span_is_ordered(cls, frame: pd.DataFrame) -> Series[bool]:
        return frame["char_start"] < frame["char_end"]

    @pa.dataframe_check(name="date_claims_have_precision")
    def date_claims_have_precision(cls, frame: pd.DataFrame) -> Series[bool]:
        return frame["value_date"].isna() | frame["value_precision"].notna()

    @pa.dataframe_check(name="sorted_by_claim_id")
    def sorted_by_claim_id(cls, frame: pd.DataFrame) -> bool:
        return frame["claim_id"].is_monotonic_increasing

    class Config:
        strict = True
        ordered = True
        coerce = False

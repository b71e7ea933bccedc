"""claims: one row per checkable statement an article makes."""

from __future__ import annotations

import pyarrow as pa

from ruchina.schemas.spec import Check, Column, TableSpec, lazy_model
from ruchina.vocabulary import CLAIM_DATE_PRECISIONS, QUALIFIERS


def _span_is_ordered(frame):
    return frame["char_start"] < frame["char_end"]


def _date_claims_have_precision(frame):
    return frame["value_date"].isna() | frame["value_precision"].notna()


SPEC = TableSpec(
    name="claims",
    description="One row per checkable statement an article makes.",
    notes="``value`` is the normalised statement: a number, an ISO date or date range (``2023-10-16/2023-10-22``), "
          "an entity id for places, or, in an undated article, the date phrase it could not resolve (\"this week\", "
          "with ``value_date`` null).",
    primary_key="claim_id",
    columns=(
        Column("claim_id", pa.string(), "Stable while the article's text is.", pattern=r"^claim-[0-9a-f]{12}$"),
        Column("article_id", pa.string(), "The article that makes the claim.", references=("articles",)),
        Column("subject_id", pa.string(), "What the claim is about: an entity or an event.",
               references=("entities", "events")),
        Column("attribute", pa.string(), "date, location, founded_year, country_count, leader_count, "
               "percent_of_..., ...", pattern=r"^[a-z][a-z0-9_]*$"),
        Column("value", pa.string(), "Normalised value: a number, an ISO date or range (2023-10-16/2023-10-22), an "
               "entity id; in an undated article, the date phrase it could not resolve.", not_empty=True),
        Column("value_num", pa.float64(), "The number, for counts, percentages and years.", nullable=True),
        Column("value_date", pa.date32(), "First day of a date claim.", nullable=True),
        Column("value_end_date", pa.date32(), "Last day of a date claim.", nullable=True),
        Column("value_precision", pa.string(), "day, week, month or year, for dates.", nullable=True,
               one_of=CLAIM_DATE_PRECISIONS),
        Column("qualifier", pa.string(), "exact, over (more than, at least), under (fewer than, nearly), about.",
               one_of=QUALIFIERS),
        Column("sentence", pa.string(), "The sentence that states it.", not_empty=True),
        Column("char_start", pa.int64(), "Where the value starts in the article's body.", at_least=0),
        Column("char_end", pa.int64(), "Where the value ends in the article's body.", greater_than=0),
    ),
    checks=(Check("span_is_ordered", _span_is_ordered),
            Check("date_claims_have_precision", _date_claims_have_precision)),
)

CLAIMS_ARROW_SCHEMA = SPEC.arrow_schema

#: ClaimsSchema, the pandera model, is made on first use: importing this module imports pyarrow only.
__getattr__ = lazy_model(SPEC, __name__)

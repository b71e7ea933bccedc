"""findings: the quality report of a release, one row per finding."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
import pyarrow
from pandera.typing import Series

SEVERITIES = ("error", "warning", "info")

FINDINGS_ARROW_SCHEMA = pyarrow.schema(
    [
        pyarrow.field("finding_id", pyarrow.string(), nullable=False),
        pyarrow.field("check", pyarrow.string(), nullable=False),
        pyarrow.field("severity", pyarrow.string(), nullable=False),
        pyarrow.field("table", pyarrow.string(), nullable=False),
        pyarrow.field("record_ids", pyarrow.list_(pyarrow.string()), nullable=False),
        pyarrow.field("message", pyarrow.string(), nullable=False),
        pyarrow.field("evidence", pyarrow.string(), nullable=False),
        pyarrow.field("accepted", pyarrow.bool_(), nullable=False),
        pyarrow.field("accepted_reason", pyarrow.string()),
    ]
)


class FindingsSchema(pa.DataFrameModel):
    """``finding_id`` is derived from the check, the records and the attribute, so it
    stays the same from build to build and an accepted finding stays accepted."""

    finding_id: Series[str] = pa.Field(unique=True, str_matches=r"^[a-z][a-z\-]*-[0-9a-f]{12}$", description='<check>-<12 hex>, derived from the check, records and attribute: stable from build to build.')
    check: Series[str] = pa.Field(str_matches=r"^[a-z]+(?:-[a-z]+)*$", description="The check's stable code (schema, duplicate-article, ...).")
    severity: Series[str] = pa.Field(isin=list(SEVERITIES), description='error, warning or info.')
    table: Series[str] = pa.Field(description='The table of the records concerned.')
    record_ids: Series[object] = pa.Field(description='The records concerned.')
    message: Series[str] = pa.Field(str_length={"min_value": 1}, description='What is wrong.')
    evidence: Series[str] = pa.Field(description='The quoted text that shows it.')
    accepted: Series[bool] = pa.Field(description='Accepted by a curator in checks/accepted.yaml.')
    accepted_reason: Series[str] = pa.Field(nullable=True, description='Why it was accepted.')

    @pa.dataframe_check(name="accepted_findings_have_a_reason")
    def accepted_findings_have_a_reason(cls, frame: pd.DataFrame) -> Series[bool]:
        return ~frame["accepted"] | frame["accepted_reason"].fillna("").str.strip().str.len().gt(0)

    @pa.dataframe_check(name="id_starts_with_check")
    def id_starts_with_check(cls, frame: pd.DataFrame) -> Series[bool]:
        return pd.Series([fid.startswith(check + "-") for fid, check in zip(frame["finding_id"], frame["check"])],
                         index=frame.index)

    @pa.dataframe_check(name="sorted_by_finding_id")
    def sorted_by_finding_id(cls, frame: pd.DataFrame) -> bool:
        return frame["finding_id"].is_monotonic_increasing

    class Config:
        strict = True
        ordered = True
        coerce = False

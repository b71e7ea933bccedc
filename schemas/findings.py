"""findings: the quality report of a release, one row per finding."""

from __future__ import annotations

import pyarrow as pa

from ruchina.schemas.spec import Check, Column, TableSpec, lazy_model
from ruchina.vocabulary import SEVERITIES


def _accepted_findings_have_a_reason(frame):
    return ~frame["accepted"] | frame["accepted_reason"].fillna("").str.strip().str.len().gt(0)


def _id_starts_with_check(frame):
    import pandas as pd

    return pd.Series([fid.startswith(check + "-") for fid, check in zip(frame["finding_id"], frame["check"])],
                     index=frame.index)


SPEC = TableSpec(
    name="findings",
    description="The quality report of a release, one row per finding.",
    notes="``finding_id`` is derived from the check, the records and the attribute, so it stays the same from build "
          "to build and an accepted finding stays accepted.",
    primary_key="finding_id",
    columns=(
        Column("finding_id", pa.string(), "<check>-<12 hex>, derived from the check, records and attribute: stable "
               "from build to build.", pattern=r"^[a-z][a-z\-]*-[0-9a-f]{12}$"),
        Column("check", pa.string(), "The check's stable code (schema, duplicate-article, ...).",
               pattern=r"^[a-z]+(?:-[a-z]+)*$"),
        Column("severity", pa.string(), "error, warning or info.", one_of=SEVERITIES),
        # Empty for a check that crashed: it concerns no table.
        Column("table", pa.string(), "The table of the records concerned.", may_be_empty=True),
        Column("record_ids", pa.list_(pa.string()), "The records concerned."),
        Column("message", pa.string(), "What is wrong.", not_empty=True),
        # Empty when there is nothing to quote (an undated article that nothing in its text dates).
        Column("evidence", pa.string(), "The quoted text that shows it.", may_be_empty=True),
        Column("accepted", pa.bool_(), "Accepted by a curator in checks/accepted.yaml."),
        Column("accepted_reason", pa.string(), "Why it was accepted.", nullable=True),
    ),
    checks=(Check("accepted_findings_have_a_reason", _accepted_findings_have_a_reason),
            Check("id_starts_with_check", _id_starts_with_check)),
)

FINDINGS_ARROW_SCHEMA = SPEC.arrow_schema

#: FindingsSchema, the pandera model, is made on first use: importing this module imports pyarrow only.
__getattr__ = lazy_model(SPEC, __name__)

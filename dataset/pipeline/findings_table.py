"""Build the findings table: the quality report of a build, accepted findings marked."""

from __future__ import annotations

import pyarrow as pa

from ruchina.checks.accepted import apply_accepted
from ruchina.checks.finding import Finding
from ruchina.schemas import ARROW_SCHEMAS


def findings_table(findings: list[Finding], accepted: dict[str, str]) -> pa.Table:
    rows = [finding.to_dict() for finding in sorted(apply_accepted(findings, accepted), key=lambda f: f.finding_id)]
    return pa.Table.from_pylist(rows, schema=ARROW_SCHEMAS["findings"])


def unmarked_findings(table: pa.Table) -> list[Finding]:
    """The findings of a findings table without their marks of acceptance (accepted.yaml
    may have changed since the table was made)."""
    return [Finding.from_row({**row, "accepted": False, "accepted_reason": None}) for row in table.to_pylist()]


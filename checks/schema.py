"""schema: every pandera failure of every table (column, check, failure case)."""

from __future__ import annotations

from collections import defaultdict

import pandera.errors

from ruchina.schemas import MODELS, PRIMARY_KEYS

from .finding import Finding
from .registry import CheckContext, register

CODE = "schema"


@register(CODE, "error", "a table breaks its pandera schema (column, check, failure case)")
def check_schemas(context: CheckContext) -> list[Finding]:
    findings = []
    for table, frame in context.frames.items():
        model = MODELS.get(table)
        if model is None:
            continue
        try:
            model.validate(frame, lazy=True)
        except pandera.errors.SchemaErrors as errors:
            findings.extend(_findings_from_failures(table, frame, errors.failure_cases))
    return findings


def _findings_from_failures(table: str, frame, failure_cases) -> list[Finding]:
    key = PRIMARY_KEYS[table]
    grouped: dict[tuple[str, str], list] = defaultdict(list)
    for case in failure_cases.itertuples(index=False):
        grouped[(str(case.column), str(case.check))].append(case)
    findings = []
    for (column, check), cases in sorted(grouped.items()):
        record_ids = sorted(
            {
                str(frame[key].iloc[int(case.index)])
                for case in cases
                if key in frame.columns and _is_position(case.index, len(frame))
            }
        )
        shown = ", ".join(repr(case.failure_case)[:80] for case in cases[:3])
        findings.append(
            Finding.new(
                CODE,
                "error",
                table,
                record_ids,
                f"{table}.{column} fails {check} in {len(cases)} place(s)",
                evidence=f"failure cases: {shown}",
                attribute=f"{column}:{check}",
            )
        )
    return findings


def _is_position(index, length: int) -> bool:
    try:
        return 0 <= int(index) < length
    except (TypeError, ValueError):
        return False

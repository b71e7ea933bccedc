"""schema: every pandera failure of every table (column, check, failure case), and
every foreign key that does not resolve (pandera has no construct for keys across tables)."""

from __future__ import annotations

from collections import defaultdict

import pandera.errors

from ruchina.schemas import FOREIGN_KEYS, MODELS, PRIMARY_KEYS

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
    findings.extend(check_foreign_keys(context.frames))
    return findings


def check_foreign_keys(frames: dict) -> list[Finding]:
    findings = []
    for key in FOREIGN_KEYS:
        if key.table not in frames or key.target_table not in frames:
            continue
        frame, known = frames[key.table], set(frames[key.target_table][key.target_column])
        dangling: dict[str, list[str]] = {}
        for record_id, value in zip(frame[PRIMARY_KEYS[key.table]], frame[key.column]):
            values = list(value) if key.is_list else ([] if value is None or value != value else [value])
            missing = [str(v) for v in values if v not in known]
            if missing:
                dangling[str(record_id)] = missing
        if dangling:
            shown = "; ".join(f"{rid} -> {', '.join(ids)}" for rid, ids in list(dangling.items())[:5])
            findings.append(
                Finding.new(
                    CODE,
                    "error",
                    key.table,
                    sorted(dangling),
                    f"{key.table}.{key.column} refers to {key.target_table}.{key.target_column} values that do not exist "
                    f"({len(dangling)} record(s))",
                    evidence=f"unresolved: {shown}",
                    attribute=f"{key.column}:foreign_key",
                )
            )
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

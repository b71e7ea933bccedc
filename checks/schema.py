"""schema: every pandera failure of every table (column, check, failure case), and
every foreign key that does not resolve (pandera has no construct for keys across tables)."""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import pandera.errors
import pyarrow as pa
import pyarrow.compute as pc

from ruchina.checks.finding import Finding
from ruchina.checks.records import values
from ruchina.checks.registry import CheckContext, register
from ruchina.schemas import FOREIGN_KEYS, MODELS, PRIMARY_KEYS, references_to

CODE = "schema"


@register(CODE, "error", "a table breaks its pandera schema (column, check, failure case)")
def check_schemas(context: CheckContext) -> list[Finding]:
    checked = context.frames if context.focus is None else _rows_in_focus(context.frames, context.focus)
    return schema_findings(checked, targets=context.frames)


def schema_findings(frames: dict, targets: dict | None = None) -> list[Finding]:
    """The pandera failures of ``frames`` and their references that name no record of
    ``targets`` (by default the same tables)."""
    findings = []
    for table, frame in frames.items():
        model = MODELS.get(table)
        if model is None:
            continue
        try:
            model.validate(frame, lazy=True)
        except pandera.errors.SchemaErrors as errors:
            findings.extend(_findings_from_failures(table, frame, errors.failure_cases))
    findings.extend(check_foreign_keys(frames, targets))
    return findings


def _rows_in_focus(frames: dict, focus: set[str]) -> dict:
    """The rows of the focused articles and the rows made from them; references from
    these are still resolved against whole tables."""
    def made_from(ids) -> bool:
        return not focus.isdisjoint(ids)

    made_from_articles = references_to("articles")
    selected = {}
    for table, frame in frames.items():
        if table == "articles":
            frame = frame[frame[PRIMARY_KEYS[table]].isin(focus)]
        elif table in made_from_articles:
            key = made_from_articles[table]
            names = frame[key.column]
            frame = frame[names.map(made_from).astype(bool) if key.is_list else names.isin(focus)]
        selected[table] = frame.reset_index(drop=True)
    return selected


def check_foreign_keys(frames: dict, targets: dict | None = None) -> list[Finding]:
    """Every reference of ``frames`` that names no record of ``targets`` (by default the
    same tables)."""
    findings = []
    targets = frames if targets is None else targets
    key_columns = {table: frame[PRIMARY_KEYS[table]] for table, frame in targets.items() if table in PRIMARY_KEYS}
    keys = {table: set(values(column)) for table, column in key_columns.items()}
    for key in FOREIGN_KEYS:
        # A missing column is the model's finding (a table of an older release lacks a newer column).
        if key.table not in frames or not all(t in keys for t in key.targets) or key.column not in frames[key.table]:
            continue
        known = set().union(*(keys[t] for t in key.targets))
        references = _references(frames[key.table], PRIMARY_KEYS[key.table], key.column, key.is_list,
                                 [key_columns[t] for t in key.targets])
        findings.extend(_dangling(key.table, key.column, "/".join(key.targets), references, known))
    if "findings" in frames:
        # A finding names records of the table in its own `table` column.
        frame = frames["findings"]
        for table in sorted(set(frame["table"]) & set(keys)):
            references = _references(frame[frame["table"] == table], "finding_id", "record_ids", True,
                                     [key_columns[table]])
            findings.extend(_dangling("findings", "record_ids", table, references, keys[table]))
    return findings


def _references(frame, id_column: str, column: str, is_list: bool, key_columns: list):
    """(record id, the values it names in ``column``) of the rows of ``frame`` that may
    name something not among the ``key_columns``' values."""
    rows = _rows_that_may_dangle(frame[column], key_columns)
    if rows is not None:
        frame = frame.iloc[rows]
    return ((record_id, list(value) if is_list else [] if _is_null(value) else [value])
            for record_id, value in zip(values(frame[id_column]), values(frame[column])))


def _rows_that_may_dangle(column, key_columns: list) -> np.ndarray | None:
    """The positions of the rows whose value (or one of whose list's values) is not in
    the ``key_columns``, found by Arrow in C (a build's 660,000 references: 1 s in
    Python); a null list is among them, for the Python walk to fail on as it did. None
    when Arrow cannot tell (a damaged column): every row is walked."""
    try:
        array = pa.array(column, from_pandas=True)
        value_set = pa.concat_arrays([pa.array(keys, from_pandas=True) for keys in key_columns])
        if pa.types.is_list(array.type):
            unknown = pc.invert(pc.is_in(pc.list_flatten(array), value_set=value_set))
            named = pc.filter(pc.list_parent_indices(array), unknown).to_numpy()
            return np.union1d(named, np.flatnonzero(array.is_null().to_numpy(zero_copy_only=False)))
        unknown = pc.and_(array.is_valid(), pc.invert(pc.is_in(array, value_set=value_set)))
        return np.flatnonzero(unknown.to_numpy(zero_copy_only=False))
    except (pa.ArrowException, TypeError, ValueError):
        return None


def _dangling(table, column, target, references, known) -> list[Finding]:
    dangling: dict[str, list[str]] = {}
    for record_id, named in references:
        missing = [str(v) for v in named if v not in known]
        if missing:
            dangling[str(record_id)] = missing
    if not dangling:
        return []
    shown = "; ".join(f"{rid} -> {', '.join(ids)}" for rid, ids in list(dangling.items())[:5])
    return [
        Finding.new(
            CODE,
            "error",
            table,
            sorted(dangling),
            f"{table}.{column} names {target} records that do not exist ({len(dangling)} record(s))",
            evidence=f"unresolved: {shown}",
            attribute=f"{column}:{target}:foreign_key",
        )
    ]


def _is_null(value) -> bool:
    return value is None or value != value  # NaN


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

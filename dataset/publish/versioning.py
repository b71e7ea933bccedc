"""Decide a build's data version by comparing it with the latest release.

The rules (README.md, "Releasing"): MAJOR when a table or column is removed or retyped;
MINOR when tables, columns or rows are added; PATCH when values of existing rows change
or rows are removed (a duplicate dropped, two events found to be one: corrections);
no new version when nothing changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ruchina.read.loader import version_key

_ORDER = {"none": 0, "patch": 1, "minor": 2, "major": 3}
FIRST_VERSION = "1.0.0"
DIFF_SLICE_ROWS = 10_000


@dataclass
class TableDiff:
    table: str
    added_rows: list[str] = field(default_factory=list)
    removed_rows: list[str] = field(default_factory=list)
    changed_rows: list[str] = field(default_factory=list)
    added_columns: list[str] = field(default_factory=list)
    removed_columns: list[str] = field(default_factory=list)
    retyped_columns: list[str] = field(default_factory=list)
    added_table: bool = False
    removed_table: bool = False

    @property
    def bump(self) -> str:
        if self.removed_table or self.removed_columns or self.retyped_columns:
            return "major"
        if self.added_table or self.added_columns or self.added_rows:
            return "minor"
        return "patch" if self.changed_rows or self.removed_rows else "none"

    def reasons(self) -> list[str]:
        if self.added_table:
            return [f"{self.table}: new table ({len(self.added_rows)} rows)"]
        if self.removed_table:
            return [f"{self.table}: table removed"]
        said = []
        for label, items in (
            ("columns removed", self.removed_columns),
            ("columns retyped", self.retyped_columns),
            ("rows removed", self.removed_rows),
            ("columns added", self.added_columns),
            ("rows added", self.added_rows),
            ("rows changed", self.changed_rows),
        ):
            if items:
                shown = ", ".join(items[:5]) + (", …" if len(items) > 5 else "")
                noun, verb = label.split(" ", 1)
                noun = noun if len(items) > 1 else noun.rstrip("s")
                said.append(f"{self.table}: {len(items)} {noun} {verb} ({shown})")
        return said


@dataclass
class VersionDecision:
    version: str
    bump: str
    reasons: list[str]
    diffs: list[TableDiff]


def diff_tables(name: str, old: pa.Table | pq.ParquetFile | None, new: pa.Table | None, key: str) -> TableDiff:
    """What changed from ``old`` to ``new``. ``old`` may be a Parquet file (a release's):
    its rows are then read a batch at a time, never the whole table (a 100,000-article
    release's articles held ~550 MB more at the build's peak)."""
    diff = TableDiff(name)
    if old is None or new is None:
        present = new if old is None else old
        ids = [str(value) for value in _key_column(present, key).to_pylist()] if present is not None else []
        if old is None:
            diff.added_table, diff.added_rows = True, ids
        else:
            diff.removed_table, diff.removed_rows = True, ids
        return diff
    old_schema = old.schema_arrow if isinstance(old, pq.ParquetFile) else old.schema
    diff.removed_columns, diff.added_columns, diff.retyped_columns = _column_changes(old_schema, new.schema)
    common = [c for c in old_schema.names if c in new.schema.names and c not in diff.retyped_columns]
    old_keys, new_keys = _key_column(old, key), _keys(new, key)
    # Rows matched by key with Arrow's hash lookup: no Python object per row.
    old_row_of_new = pc.index_in(new_keys, value_set=old_keys)
    matched = pc.is_valid(old_row_of_new)
    diff.added_rows = sorted(new_keys.filter(pc.invert(matched)).to_pylist())
    diff.removed_rows = sorted(old_keys.filter(pc.invert(pc.is_in(old_keys, value_set=new_keys))).to_pylist())
    new_rows = np.flatnonzero(matched.to_numpy(zero_copy_only=False))
    old_rows = old_row_of_new.drop_null().to_numpy(zero_copy_only=False)
    # A batch of the old rows at a time, each beside the new rows matched to it: a table of
    # long texts is never held as Python rows, nor read or copied whole.
    new = new.select(common)
    by_old_row = np.argsort(old_rows, kind="stable")
    old_rows_sorted = old_rows[by_old_row]
    changed = np.zeros(len(new_rows), dtype=bool)
    start = 0
    for batch in _batches(old, common):
        low, high = np.searchsorted(old_rows_sorted, [start, start + batch.num_rows])
        pairs = by_old_row[low:high]
        old_part = batch.take(pa.array(old_rows[pairs] - start))
        new_part = _take_rows(new, new_rows[pairs])
        for column in common:
            changed[pairs] |= _differ(old_part.column(column), new_part.column(column).combine_chunks())
        start += batch.num_rows
        del batch, old_part, new_part
        # Arrow's allocator keeps what a batch freed instead of reusing it for the next: the
        # articles of 100,000 held +300 MB by the last batch, +77 MB with this (8 ms in all).
        pa.default_memory_pool().release_unused()
    diff.changed_rows = sorted(new_keys.take(new_rows[changed]).to_pylist())
    return diff


def _take_rows(table: pa.Table, rows: np.ndarray) -> pa.Table:
    """``table.take(rows)``, taken from each chunk that holds some of the rows. Arrow's
    take of a chunked string column first joins all its chunks: for the articles' bodies at
    100,000 articles, a 300 MB copy for each batch of the diff (its transient peak +574 ->
    +316 MB, 2.6 -> 1.4 s)."""
    if table.num_rows == 0 or len(rows) == 0:
        return table.take(pa.array(rows, pa.int64()))
    order = np.argsort(rows, kind="stable")
    in_order = rows[order]
    batches = table.to_batches()
    starts = np.cumsum([0] + [batch.num_rows for batch in batches])
    of_batch = np.searchsorted(starts, in_order, side="right") - 1
    bounds = np.searchsorted(of_batch, np.arange(len(batches) + 1))
    pieces = [batches[b].take(pa.array(in_order[bounds[b]:bounds[b + 1]] - starts[b]))
              for b in range(len(batches)) if bounds[b] < bounds[b + 1]]
    # Back to the order asked for: a take of the few rows taken, now one chunk.
    taken = pa.Table.from_batches(pieces, schema=table.schema).combine_chunks()
    return taken.take(pa.array(np.argsort(order, kind="stable")))


def _batches(old: pa.Table | pq.ParquetFile, columns: list[str]):
    """The ``columns`` of ``old``, DIFF_SLICE_ROWS rows at a time, in order."""
    if isinstance(old, pq.ParquetFile):
        return old.iter_batches(batch_size=DIFF_SLICE_ROWS, columns=columns)
    return old.select(columns).to_batches(max_chunksize=DIFF_SLICE_ROWS)


def _key_column(table: pa.Table | pq.ParquetFile, key: str) -> pa.Array:
    return _keys(table.read(columns=[key]) if isinstance(table, pq.ParquetFile) else table, key)


def _column_changes(old: pa.Schema, new: pa.Schema) -> tuple[list[str], list[str], list[str]]:
    """(removed, added, retyped) columns."""
    old_types = {f.name: f.type for f in old}
    new_types = {f.name: f.type for f in new}
    return ([c for c in old_types if c not in new_types], [c for c in new_types if c not in old_types],
            [c for c in old_types if c in new_types and old_types[c] != new_types[c]])


def least_bump(old_schema: pa.Schema | None, old_keys: pa.Array | None, new: pa.Table, key: str) -> str:
    """diff_tables(...).bump as far as the old table's columns and keys tell it, without
    its values: "major" and "minor" exactly; "none" for what may be "patch" as well."""
    if old_schema is None:
        return "minor"
    removed, added, retyped = _column_changes(old_schema, new.schema)
    if removed or retyped:
        return "major"
    if added or not pc.all(pc.is_in(_keys(new, key), value_set=old_keys.cast(pa.string()))).as_py():
        return "minor"
    return "none"


def _keys(table: pa.Table, key: str) -> pa.Array:
    """The key column as strings (the rows' ids in a diff's lists)."""
    return table.column(key).combine_chunks().cast(pa.string())


def _differ(old: pa.Array, new: pa.Array) -> np.ndarray:
    """Where two aligned arrays of one type hold different values (two nulls are equal)."""
    if pa.types.is_list(old.type) or pa.types.is_large_list(old.type):
        return _lists_differ(old, new)
    try:
        equal = pc.fill_null(pc.equal(old, new), False)
    except pa.ArrowNotImplementedError:  # a type without an equal kernel (none of ours)
        return np.fromiter((a != b for a, b in zip(old.to_pylist(), new.to_pylist())), dtype=bool, count=len(old))
    both_null = pc.and_(pc.is_null(old), pc.is_null(new))
    return pc.invert(pc.or_(equal, both_null)).to_numpy(zero_copy_only=False)


def _lists_differ(old: pa.Array, new: pa.Array) -> np.ndarray:
    """Lists differ when their lengths (or nullness) do; lists of one length are compared
    value by value, their values aligned once flattened."""
    lengths = _differ(pc.list_value_length(old), pc.list_value_length(new))
    same_length = np.flatnonzero(~lengths & old.is_valid().to_numpy(zero_copy_only=False))
    old_same, new_same = old.take(same_length), new.take(same_length)
    values_differ = _differ(pc.list_flatten(old_same), pc.list_flatten(new_same))
    parents = pc.list_parent_indices(old_same).to_numpy(zero_copy_only=False)
    differ = lengths.copy()
    differ[same_length] = np.bincount(parents, weights=values_differ, minlength=len(same_length)) > 0
    return differ


def highest_bump(bumps) -> str:
    return max(bumps, key=_ORDER.__getitem__, default="none")


def bump_version(version: str, bump: str) -> str:
    major, minor, patch = version_key(version)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return version


def decide_version(
    new_tables: dict[str, pa.Table],
    latest_version: str | None,
    latest_tables: Mapping[str, pa.Table | pq.ParquetFile],
    primary_keys: dict[str, str],
) -> VersionDecision:
    if latest_version is None:
        return VersionDecision(FIRST_VERSION, "initial", ["first release"], [])
    diffs = [
        diff_tables(name, latest_tables.get(name), new_tables.get(name), primary_keys[name])
        for name in sorted(set(new_tables) | set(latest_tables), key=lambda n: list(primary_keys).index(n))
    ]
    bump = highest_bump(d.bump for d in diffs)
    reasons = [reason for d in diffs for reason in d.reasons()] or [f"same data as release {latest_version}"]
    return VersionDecision(bump_version(latest_version, bump), bump, reasons, diffs)

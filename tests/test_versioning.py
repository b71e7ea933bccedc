"""The data version of a build follows the rules of README.md ("Releasing"), decided against the latest release."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest

from ruchina.pipeline.build import build
from ruchina.publish.versioning import _take_rows, bump_version, decide_version, diff_tables, least_bump
from ruchina.store.repository import RepositoryFiles

KEYS = {"articles": "article_id", "events": "event_id"}


def table(rows, schema=None):
    return pa.Table.from_pylist(rows, schema=schema)


OLD = {"articles": table([{"article_id": "a", "n": 1}, {"article_id": "b", "n": 2}])}


@pytest.mark.parametrize(
    "new, bump, version",
    [
        ({"articles": table([{"article_id": "a", "n": 1}, {"article_id": "b", "n": 2}])}, "none", "1.2.3"),
        ({"articles": table([{"article_id": "a", "n": 1}, {"article_id": "b", "n": 5}])}, "patch", "1.2.4"),
        ({"articles": table([{"article_id": "a", "n": 1}, {"article_id": "b", "n": 2}, {"article_id": "c", "n": 3}])}, "minor", "1.3.0"),
        ({"articles": table([{"article_id": "a", "n": 1, "m": "x"}, {"article_id": "b", "n": 2, "m": "y"}])}, "minor", "1.3.0"),
        ({**OLD, "events": table([{"event_id": "e1"}])}, "minor", "1.3.0"),
        ({"articles": table([{"article_id": "a"}, {"article_id": "b"}])}, "major", "2.0.0"),
        ({"articles": table([{"article_id": "a", "n": 1.0}, {"article_id": "b", "n": 2.0}])}, "major", "2.0.0"),
        ({"articles": table([{"article_id": "a", "n": 1}])}, "patch", "1.2.4"),
        ({}, "major", "2.0.0"),
    ],
    ids=["unchanged", "corrected value", "added row", "added column", "added table", "removed column",
         "retyped column", "removed row", "removed table"],
)
def test_bump_rules(new, bump, version):
    decision = decide_version(new, "1.2.3", OLD, KEYS)
    assert (decision.bump, decision.version) == (bump, version)


@pytest.mark.parametrize("new", [
    table([{"article_id": "a", "n": 1}, {"article_id": "b", "n": 5}]),
    table([{"article_id": "a", "n": 1}, {"article_id": "b", "n": 2}, {"article_id": "c", "n": 3}]),
    table([{"article_id": "a", "n": 1, "m": "x"}, {"article_id": "b", "n": 2, "m": "y"}]),
    table([{"article_id": "a"}, {"article_id": "b"}]),
    table([{"article_id": "a", "n": 1.0}, {"article_id": "b", "n": 2.0}]),
    table([{"article_id": "a", "n": 1}]),
    table([{"article_id": None, "n": 1}]),
], ids=["corrected value", "added row", "added column", "removed column", "retyped column", "removed row", "null key"])
def test_the_least_bump_from_columns_and_keys_is_the_diffs_bump_when_minor_or_major(new):
    old = OLD["articles"]
    bump = diff_tables("articles", old, new, "article_id").bump
    least = least_bump(old.schema, old.column("article_id"), new, "article_id")
    assert least == (bump if bump in ("minor", "major") else "none")
    assert least_bump(None, None, new, "article_id") == diff_tables("articles", None, new, "article_id").bump == "minor"


def test_the_first_release_is_1_0_0():
    assert decide_version(OLD, None, {}, KEYS).version == "1.0.0"


def test_bump_version_resets_lower_parts():
    assert [bump_version("2.4.6", b) for b in ("major", "minor", "patch", "none")] == ["3.0.0", "2.5.0", "2.4.7", "2.4.6"]


def test_a_new_seed_after_a_release_builds_a_minor_version(released_repo):
    (released_repo / "seeds" / "005_new.txt").write_text(
        "date 2024-07-04\n\nLeaders meet in Astana\n\nThe leaders met in Astana on Thursday. They talked.\n"
    )
    result = build(RepositoryFiles.find(released_repo))
    assert (result.manifest.version, result.manifest.bump) == ("1.1.0", "minor")
    assert any("row added" in reason and "005_new" in reason for reason in result.manifest.bump_reasons)


@pytest.mark.parametrize("old_as_file", [False, True])
@pytest.mark.parametrize("slice_rows", [10_000, 7])
def test_changed_rows_are_the_rows_whose_values_differ_in_any_shared_column(slice_rows, old_as_file, monkeypatch):
    """diff_tables compares column by column, a batch of the old rows at a time (read from
    a release's Parquet file, or sliced from a table); it must find what comparing whole
    rows finds, for every column type a table has (text, numbers, dates, lists, nulls),
    whether the rows are in key order or not."""
    import datetime as dt
    import io
    import random

    import pyarrow.parquet as pq

    from ruchina.publish import versioning
    from ruchina.publish.versioning import diff_tables

    monkeypatch.setattr(versioning, "DIFF_SLICE_ROWS", slice_rows)

    rng = random.Random(3)
    schema = pa.schema([("id", pa.string()), ("text", pa.string()), ("n", pa.float64()), ("day", pa.date32()),
                        ("ids", pa.list_(pa.string())), ("flag", pa.bool_())])

    def row(key):
        return {"id": key, "text": rng.choice(["a", "b", None]), "n": rng.choice([1.0, 2.5, None]),
                "day": rng.choice([dt.date(2024, 1, 1), dt.date(2024, 1, 2), None]),
                "ids": rng.choice([[], ["x"], ["y"], ["x", "y"], ["y", "x"], None]), "flag": rng.choice([True, False, None])}

    for _ in range(30):
        old_rows = [row(f"r{k}") for k in rng.sample(range(40), 30)]
        new_rows = [dict(r) if rng.random() < 0.5 else row(r["id"]) for r in old_rows if rng.random() < 0.9]
        new_rows += [row(f"s{k}") for k in range(rng.randrange(3))]
        in_key_order = rng.random() < 0.5
        old_rows = sorted(old_rows, key=lambda r: r["id"]) if in_key_order else old_rows
        new_rows = sorted(new_rows, key=lambda r: r["id"]) if in_key_order else rng.sample(new_rows, len(new_rows))
        old_table = table(old_rows, schema)
        if old_as_file:
            sink = io.BytesIO()
            pq.write_table(old_table, sink, row_group_size=11)  # batches across row groups too
            old_table = pq.ParquetFile(pa.BufferReader(sink.getvalue()))
        diff = diff_tables("t", old_table, table(new_rows, schema), "id")
        old_by_id, new_by_id = {r["id"]: r for r in old_rows}, {r["id"]: r for r in new_rows}
        assert diff.changed_rows == sorted(k for k in old_by_id.keys() & new_by_id.keys() if old_by_id[k] != new_by_id[k])
        assert diff.added_rows == sorted(new_by_id.keys() - old_by_id.keys())
        assert diff.removed_rows == sorted(old_by_id.keys() - new_by_id.keys())
        assert 0 < len(diff.changed_rows) < len(old_by_id.keys() & new_by_id.keys())


def test_rows_taken_from_a_table_of_several_chunks_one_empty_are_those_asked_in_their_order():
    """(_take_rows takes each chunk's rows from that chunk: rows asked out of order, twice, at a
    chunk's first and last row, beside an empty chunk, come back as a plain take gives them)"""
    whole = pa.table({"id": list(range(10)), "body": [f"text {i}" for i in range(10)]})
    table = pa.concat_tables([whole.slice(0, 3), whole.slice(3, 0), whole.slice(3, 4), whole.slice(7)])
    assert table.column("body").num_chunks == 4 and len(table.column("body").chunk(1)) == 0
    rows = np.array([9, 0, 3, 6, 3, 2, 7])
    taken = _take_rows(table, rows)
    assert taken.to_pylist() == whole.take(pa.array(rows)).to_pylist()
    assert [row["id"] for row in taken.to_pylist()] == [9, 0, 3, 6, 3, 2, 7]
    assert _take_rows(table, np.array([], dtype=np.int64)).num_rows == 0

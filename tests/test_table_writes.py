"""The tables written during the checks are the files a build writes after them, and
are written early only when their data version cannot change."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pyarrow as pa
import pytest
from conftest import snapshot

from ruchina.pipeline import table_writes
from ruchina.pipeline.build import build
from ruchina.pipeline.table_writes import EarlyWrites
from ruchina.schemas import ARROW_SCHEMAS
from ruchina.store.build_directory import BuildDirectory
from ruchina.store.repository import RepositoryFiles

NEW_ARTICLE = ("---\ndate: 2024-07-05\n---\n\nLeaders meet in Astana\n\nVladimir Putin and Xi Jinping met in Astana "
               "on Friday. They signed a declaration on transport corridors.\n")


def _early_versions(monkeypatch) -> list:
    """The version each build's early writes were settled on (None: written after the checks)."""
    versions = []
    start = EarlyWrites.start

    def recorded(self, tables):
        start(self, tables)
        versions.append(self.version)

    monkeypatch.setattr(EarlyWrites, "start", recorded)
    return versions


def test_a_build_that_adds_an_article_writes_early_the_same_files(released_repo, tmp_path, monkeypatch):
    (released_repo / "seeds" / "900_new.txt").write_text(NEW_ARTICLE)
    repository = RepositoryFiles.find(released_repo)
    versions = _early_versions(monkeypatch)
    build(repository, out=tmp_path / "early")
    with monkeypatch.context() as late:
        late.setattr(EarlyWrites, "_settled_version", lambda self, names: None)
        build(repository, out=tmp_path / "late")
    assert versions == ["1.1.0", None]
    early, after = snapshot(tmp_path / "early"), snapshot(tmp_path / "late")
    files = [name for name in early if name.endswith((".parquet", "manifest.json"))]
    assert len(files) == 6 and all(early[name] == after[name] for name in files)


def test_the_first_build_writes_early(tmp_repo, monkeypatch):
    versions = _early_versions(monkeypatch)
    result = build(RepositoryFiles.find(tmp_repo))
    assert versions == [result.manifest.version] == ["1.0.0"]


class Released(dict):
    """Tables standing for a release's (release_tables.ReleaseTables)."""

    def outline(self, name: str, key: str):
        return self[name].schema, self[name].column(key).combine_chunks()


def _table(name: str, rows: list[dict]) -> pa.Table:
    schema = ARROW_SCHEMAS[name]
    return pa.Table.from_pylist([{field.name: row.get(field.name) for field in schema} for row in rows], schema=schema)


ARTICLE = {"article_id": "a", "source_path": "seeds/a.txt", "sha256": "0" * 64, "body": "Text.", "n_words": 1,
           "language": "en", "title_repeats": 0, "cluster_id": "a"}
FINDINGS = ARROW_SCHEMAS["findings"].empty_table()


@pytest.mark.parametrize("new_articles, latest, settled", [
    ([ARTICLE, {**ARTICLE, "article_id": "b"}], {"findings": FINDINGS}, "1.3.0"),  # a row added: MINOR
    ([{**ARTICLE, "body": "Other."}], {"findings": FINDINGS}, None),  # a value corrected: PATCH, findings may add rows
    ([ARTICLE], {"findings": FINDINGS}, None),  # nothing changed: the findings decide
    ([ARTICLE, {**ARTICLE, "article_id": "b"}], {"findings": FINDINGS.drop_columns(["accepted"])}, "1.3.0"),
    ([ARTICLE, {**ARTICLE, "article_id": "b"}], {"findings": FINDINGS.append_column("gone", pa.array([], pa.int8()))},
     None),  # the findings would remove a column: MAJOR
    ([ARTICLE, {**ARTICLE, "article_id": "b"}], {"findings": FINDINGS, "events": _table("events", [])}, None),
], ids=["minor", "patch", "none", "findings add a column", "findings remove a column", "a table removed"])
def test_tables_are_written_early_only_when_the_findings_cannot_change_the_version(tmp_path, new_articles, latest,
                                                                                     settled):
    latest = Released({"articles": _table("articles", [ARTICLE]), **latest})
    with ThreadPoolExecutor(max_workers=1) as pool:
        early = EarlyWrites(pool, BuildDirectory(tmp_path), "1.2.3", latest)
        early.start({"articles": _table("articles", new_articles)})
        assert early.version == settled
        written = early.written("1.3.0")
    assert sorted(written) == (["articles"] if settled else [])
    assert sorted(p.name for p in tmp_path.iterdir()) == (["articles.parquet"] if settled else [])


def test_early_files_of_another_version_are_not_used(tmp_path):
    with ThreadPoolExecutor(max_workers=1) as pool:
        early = EarlyWrites(pool, BuildDirectory(tmp_path), None, {})
        early.start({"articles": _table("articles", [ARTICLE])})
        assert early.written("2.0.0") == {}
        assert sorted(early.written("1.0.0")) == ["articles"]
    assert table_writes.FIRST_VERSION == "1.0.0"

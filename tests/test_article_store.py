"""The article store: processed articles by row of the last build's index, by seed path
and sha256, by a file's bytes; what it lost is None, and a build processes it again."""

from __future__ import annotations

import pickle
import shutil
import sys

import pytest
from conftest import PROJECT

import ruchina.pipeline.build
from ruchina.pipeline.build import build, build_tables
from ruchina.store.article_store import ArticleStore
from ruchina.store.build_directory import BuildDirectory
from ruchina.store.cache import ArticleCache
from ruchina.store.repository import RepositoryFiles

sys.path.insert(0, str(PROJECT / "benchmarks"))
from corpus import generate  # noqa: E402


@pytest.fixture
def built_twice(tmp_path):
    """A repository built, then changed (an article added, one edited, one removed) and
    built again."""
    root = tmp_path / "repo"
    (root / "seeds").mkdir(parents=True)
    (root / "checks").mkdir()
    shutil.copy(PROJECT / "checks" / "accepted.yaml", root / "checks" / "accepted.yaml")
    files, _truth = generate(41, seed=3)
    names = sorted(files)
    for name in names[:40]:
        (root / "seeds" / name).write_text(files[name], encoding="utf-8")
    repo = RepositoryFiles.find(root)
    build(repo)
    (root / "seeds" / names[40]).write_text(files[names[40]], encoding="utf-8")
    (root / "seeds" / names[3]).write_text(files[names[3]] + "\nA closing line added after the first build.\n",
                                           encoding="utf-8")
    (root / "seeds" / names[7]).unlink()
    build(repo)
    return repo


def test_the_store_gives_each_indexed_article_by_row_by_seed_and_by_bytes_and_none_for_what_it_lost(built_twice):
    repo = built_twice
    index = BuildDirectory(repo.build_dir).index()
    store = ArticleStore(repo.root, index)
    rows = [5, 0, 39, 5]
    paths, sha256s = index.source_paths[rows].tolist(), index.seed_sha256[rows].tolist()
    by_row = list(store.at_rows(rows))
    assert [article.row["source_path"] for article in by_row] == paths
    assert [article.row["sha256"] for article in by_row] == sha256s
    assert [a.row for a in store.of_seeds(zip(paths, sha256s))] == [a.row for a in by_row]
    raw = (repo.root / paths[1]).read_bytes()
    assert store.of_file(paths[1], raw).row == by_row[1].row
    assert store.of_file(paths[1], raw + b"\nedited\n") is None
    assert list(store.at_rows([])) == []

    cache = ArticleCache(repo.root)
    (repo.root / cache._path(ArticleCache.key_for(paths[2], sha256s[2]))).unlink()
    found = list(store.at_rows(rows))
    assert found[2] is None and found[0].row == by_row[0].row


def test_a_store_sent_to_a_worker_process_keeps_what_it_processes_without_the_index(built_twice):
    store = ArticleStore(built_twice.root, BuildDirectory(built_twice.build_dir).index())
    sent = pickle.loads(pickle.dumps(store))
    assert sent.index is None
    article = next(store.at_rows([1]))
    sent.put("seeds/999_elsewhere.txt", b"some bytes", article)
    assert store.of_file("seeds/999_elsewhere.txt", b"some bytes").row == article.row


def test_a_build_after_a_change_takes_every_unchanged_article_from_the_store_without_reading_its_seed(
        built_twice, monkeypatch):
    repo = built_twice
    expected = build_tables(repo).tables
    files, _truth = generate(43, seed=11)
    added = repo.seeds_dir / "990_arrives_late.txt"
    added.write_text(files[sorted(files)[42]], encoding="utf-8")
    read, processed = [], []
    reading, processing = ruchina.pipeline.build.read_article_file, ruchina.pipeline.build.process_article
    monkeypatch.setattr(ruchina.pipeline.build, "read_article_file",
                        lambda path, name: read.append(name) or reading(path, name))
    monkeypatch.setattr(ruchina.pipeline.build, "process_article",
                        lambda path, *rest, **named: processed.append(path) or processing(path, *rest, **named))
    result = build(repo)
    assert read == processed == ["seeds/990_arrives_late.txt"]
    assert result.rows["articles"] == len(expected["articles"]) + 1

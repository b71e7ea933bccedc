"""A build after a few seeds changed takes its clusters of copies from the last build's
(store/kept_clusters.py) and finds the same ones a search of the whole corpus finds."""

from __future__ import annotations

from pathlib import Path

from conftest import seeded_repo

import ruchina.pipeline.build as pipeline_build
from ruchina.pipeline.build import build, build_tables
from ruchina.read.loader import read_verified_table
from ruchina.read.manifest import read_manifest
from ruchina.store.repository import RepositoryFiles


def _words(start: int, count: int = 100) -> str:
    """Distinct words: two texts share exactly the words their ranges share. Ranges 20
    apart are near copies (Jaccard 0.66), 40 apart are not (0.42)."""
    return " ".join(f"token{n:04d}" for n in range(start, start + count)) + "."


def _seed(day: int, title: str, body: str) -> str:
    return f"date 2024-05-{day:02d}\n\n{title}\n\n{body}\n"


def _cluster_ids(repo: Path) -> dict[str, str]:
    build_dir = repo / "_build"
    articles = read_verified_table(build_dir, "articles", read_manifest(build_dir)).to_pylist()
    return {row["article_id"]: row["cluster_id"] for row in articles}


def _searched_cluster_ids(repo: Path) -> dict[str, str]:
    """What a build that searches the whole corpus (no last build to start from) gives."""
    articles = build_tables(RepositoryFiles.find(repo), use_cache=False).tables["articles"].to_pylist()
    return {row["article_id"]: row["cluster_id"] for row in articles}


def test_clusters_after_copies_are_added_changed_and_removed_are_the_whole_searchs(tmp_path, monkeypatch):
    repo = seeded_repo(tmp_path, {
        "a1": _seed(1, "Story one", _words(0)), "a2": _seed(2, "Story one again", _words(0)),
        "a3": _seed(3, "Story one, edited", _words(10)),
        # b2 links b1 and b3, which are not near copies of each other
        "b1": _seed(4, "Chain start", _words(1000)), "b2": _seed(5, "Chain middle", _words(1020)),
        "b3": _seed(6, "Chain end", _words(1040)),
        "c1": _seed(7, "Alone", _words(2000)), "d1": _seed(8, "Alone too", _words(3000)),
    })
    build(RepositoryFiles.find(repo))
    before = _cluster_ids(repo)
    assert before["a2"] == before["a3"] == "a1" and before["b3"] == "b1" and before["c1"] == "c1"

    seeds = repo / "seeds"
    (seeds / "b2.txt").unlink()  # the link of the chain goes
    (seeds / "a4.txt").write_text(_seed(9, "Story one, late copy", _words(5)))  # joins story one
    (seeds / "d1.txt").write_text(_seed(8, "Alone no more", _words(2010)))  # now a copy of c1
    (seeds / "e1.txt").write_text(_seed(10, "New and alone", _words(4000)))
    (seeds / "e2.txt").write_text(_seed(11, "New copy of the new", _words(4000)))
    kept = []
    original = pipeline_build.copy_clusters_after_change
    monkeypatch.setattr(pipeline_build, "copy_clusters_after_change",
                        lambda index, processed: kept.append(original(index, processed)) or kept[-1])
    build(RepositoryFiles.find(repo))

    assert kept and kept[0] is not None  # taken from the last build, not searched again
    after = _cluster_ids(repo)
    assert after == _searched_cluster_ids(repo)
    assert after["a4"] == "a1" and after["b1"] == "b1" and after["b3"] == "b3"
    assert after["d1"] == "c1" and after["e2"] == "e1"


def test_a_build_without_a_last_build_searches_the_whole_corpus(tmp_path, monkeypatch):
    repo = seeded_repo(tmp_path, {"a1": _seed(1, "One", _words(0)), "a2": _seed(2, "Two", _words(10))})
    kept = []
    original = pipeline_build.copy_clusters_after_change
    monkeypatch.setattr(pipeline_build, "copy_clusters_after_change",
                        lambda index, processed: kept.append(original(index, processed)) or kept[-1])
    build(RepositoryFiles.find(repo))
    assert kept == [None] and _cluster_ids(repo) == {"a1": "a1", "a2": "a1"}

"""The article pack: a build's processed articles in one file, read back by row; the next
build copies the unchanged rows from it. It must give what the cache gives, or nothing."""

from __future__ import annotations

import os
import shutil
import sys

import numpy as np
import pytest
from conftest import PROJECT

import ruchina.store.article_pack
from ruchina.pipeline.build import build, build_tables
from ruchina.store.article_pack import ArticlePack, write_pack
from ruchina.store.cache import ArticleCache, dumps_entry
from ruchina.store.build_directory import BuildDirectory
from ruchina.store.repository import RepositoryFiles

sys.path.insert(0, str(PROJECT / "benchmarks"))
from corpus import generate  # noqa: E402


def packed(tmp_path, name: str, values: list, old_rows=None, old_pack=None) -> ArticlePack:
    path = tmp_path / name
    old_rows = np.full(len(values), -1) if old_rows is None else np.asarray(old_rows)
    return ArticlePack(path, write_pack(path, len(values), old_rows, old_pack, lambda row: dumps_entry(values[row])))


@pytest.mark.parametrize("how", ["linked and appended", "copied in the kernel", "copied by reads"])
def test_a_pack_takes_rows_of_the_last_which_still_reads_as_it_did(tmp_path, monkeypatch, how):
    if how != "linked and appended":
        monkeypatch.setattr(os, "link", lambda *_arguments: (_ for _ in ()).throw(OSError("no links here")))
    if how == "copied by reads":
        monkeypatch.delattr(os, "copy_file_range", raising=False)
    monkeypatch.setattr(ruchina.store.article_pack, "READ_BYTES", 200)  # many reads
    monkeypatch.setattr(ruchina.store.article_pack, "READ_GAP_BYTES", 40)
    first = [{"article": n, "text": "x" * (n % 13)} for n in range(40)]
    old = packed(tmp_path, "old.pack", first)
    # Rows 0-9 and 12-39 of the old pack, in two runs around a fresh row, then one more.
    second = first[:10] + [{"article": "new"}] + first[12:] + [{"article": "last"}]
    new = packed(tmp_path, "new.pack", second, [*range(10), -1, *range(12, 40), -1], old)

    assert os.path.samefile(old.path, new.path) == (how == "linked and appended")
    assert list(new.entries(list(range(len(second))))) == second
    scattered = [37, 2, 3, 10, 30, 30, 39, 10]
    assert list(new.entries(scattered)) == [second[row] for row in scattered]
    assert list(old.entries(list(range(40)))) == first


def test_a_pack_mostly_unused_is_written_afresh(tmp_path):
    first = [{"article": n, "text": "x" * 50} for n in range(40)]
    old = packed(tmp_path, "old.pack", first)
    new = packed(tmp_path, "new.pack", first[30:] + ["new"], [*range(30, 40), -1], old)
    assert not os.path.samefile(old.path, new.path)
    assert new.size() == sum(len(dumps_entry(value)) for value in first[30:] + ["new"])
    assert list(new.entries(list(range(11)))) == first[30:] + ["new"]


def test_a_damaged_pack_gives_nothing_and_a_pack_too_short_is_not_used(tmp_path):
    values = [{"article": n} for n in range(20)]
    pack = packed(tmp_path, "articles.pack", values)
    data = bytearray(pack.path.read_bytes())
    start, end = pack.spans[5]
    data[start:end] = b"\0" * (end - start)
    pack.path.write_bytes(bytes(data))
    entries = list(pack.entries(list(range(20))))
    assert entries[5] is None and entries[:5] == values[:5] and entries[6:] == values[6:]

    pack.path.write_bytes(bytes(data[:-1]))
    assert not pack.usable()
    assert list(pack.entries([0, 1])) == [None, None]
    after = packed(tmp_path, "next.pack", ["a", "b"], old_rows=[0, 1], old_pack=pack)  # nothing taken from it
    assert list(after.entries([0, 1])) == ["a", "b"]


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


def assert_each_row_of_the_pack_holds_the_article_s_cache_entry(repo) -> None:
    index = BuildDirectory(repo.build_dir).index()
    pack, cache = index.pack(), ArticleCache(repo.root)
    assert pack.usable() and len(index.pack_spans) == len(index.article_ids)
    raw = pack.path.read_bytes()
    for (start, end), path, sha in zip(index.pack_spans.tolist(), index.source_paths.tolist(), index.seed_sha256.tolist()):
        assert raw[start:end] == cache.get_bytes(ArticleCache.key_for(path, sha))


def test_each_row_of_a_build_s_pack_holds_the_article_s_cache_entry(built_twice):
    assert len(BuildDirectory(built_twice.build_dir).index().article_ids) == 40
    assert_each_row_of_the_pack_holds_the_article_s_cache_entry(built_twice)


def test_a_build_whose_last_pack_is_damaged_reads_the_cache_and_builds_the_same_tables(built_twice):
    repo = built_twice
    expected = build_tables(repo).tables
    pack = BuildDirectory(repo.build_dir).index().pack()
    pack.path.write_bytes(b"\0" * pack.path.stat().st_size)  # the right size, nothing readable
    tables = build_tables(repo).tables
    assert all(tables[name].equals(expected[name]) for name in expected)


def test_with_the_cache_gone_a_build_reads_every_unchanged_article_from_the_pack(built_twice, monkeypatch):
    import ruchina.pipeline.build

    repo = built_twice
    expected = build_tables(repo).tables
    shutil.rmtree(repo.root / ".ruchina-cache")

    def never(*_arguments):
        raise AssertionError("an unchanged article was processed again")

    monkeypatch.setattr(ruchina.pipeline.build, "process_article", never)
    tables = build_tables(repo).tables
    assert all(tables[name].equals(expected[name]) for name in expected)


def test_a_build_killed_after_appending_to_the_linked_pack_leaves_the_last_build_s_pack_as_it_reads(built_twice):
    import subprocess

    repo = built_twice
    size_before = BuildDirectory(repo.build_dir).index().pack().size()
    files, _truth = generate(43, seed=11)
    (repo.seeds_dir / "990_arrives_late.txt").write_text(files[sorted(files)[42]], encoding="utf-8")
    killed = subprocess.run([sys.executable, "-m", "ruchina", "build", "--repo", str(repo.root)],
                            env={**os.environ, "RUCHINA_CRASH_AT": "build.before-swap"}, capture_output=True)
    assert killed.returncode != 0

    last = BuildDirectory(repo.build_dir).index()
    assert last.pack().size() > size_before  # the killed build appended to the same file
    assert_each_row_of_the_pack_holds_the_article_s_cache_entry(repo)
    build(repo)
    assert "990_arrives_late" in BuildDirectory(repo.build_dir).index().article_ids.tolist()
    assert_each_row_of_the_pack_holds_the_article_s_cache_entry(repo)

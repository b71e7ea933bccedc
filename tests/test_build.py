"""`build`: all tables from seeds/, identical bytes for identical seeds, all or nothing."""

from __future__ import annotations

import hashlib
import sys

import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from conftest import snapshot

import ruchina
from ruchina.checks.accepted import read_accepted
from ruchina.errors import ArticleError, BuildError
from ruchina.pipeline.build import build
from ruchina.store.build_directory import INDEX_DIR as CORPUS_INDEX
from ruchina.store.repository import RepositoryFiles


def file_hashes(directory):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir()) if p.is_file()}


def test_building_twice_gives_byte_identical_files(tmp_repo, tmp_path):
    repository = RepositoryFiles.find(tmp_repo)
    first = build(repository, out=tmp_path / "first").path
    second = build(repository, out=tmp_path / "second").path
    # The corpus index records the seeds' modification times: local state, not data.
    data = {f"{table}.parquet" for table in ruchina.TABLES} | {"manifest.json"}
    assert {p.name for p in first.iterdir()} == data | {CORPUS_INDEX}
    assert {n: h for n, h in file_hashes(first).items() if n in data} == {n: h for n, h in file_hashes(second).items() if n in data}


def test_the_articles_file_has_fixed_types_sorted_rows_and_metadata(tmp_repo):
    result = build(RepositoryFiles.find(tmp_repo))
    parquet = pq.ParquetFile(result.path / "articles.parquet")
    schema = parquet.schema_arrow
    assert str(schema.field("published_date").type) == "date32[day]"
    assert str(schema.field("n_words").type) == "int64"
    assert not schema.field("article_id").nullable
    metadata = {k.decode(): v.decode() for k, v in schema.metadata.items() if k.startswith(b"ruchina.")}
    assert metadata == {
        "ruchina.table": "articles",
        "ruchina.data_version": "1.0.0",
        "ruchina.schema_fingerprint": result.manifest.tables["articles"].schema_fingerprint,
    }
    ids = parquet.read().column("article_id").to_pylist()
    assert ids == sorted(ids) and len(ids) == 5


def test_a_bad_seed_fails_the_build_and_keeps_the_previous_build(tmp_repo):
    repository = RepositoryFiles.find(tmp_repo)
    build(repository)
    before = snapshot(repository.build_dir)
    (tmp_repo / "seeds" / "005_bad.txt").write_text("date 2023-02-30\n\nA summit happened.")
    with pytest.raises(ArticleError, match=r"seeds/005_bad.txt: the date '2023-02-30' is impossible"):
        build(repository)
    assert snapshot(repository.build_dir) == before
    assert not list(tmp_repo.glob(".*tmp*")), "no staging directory is left behind"


def test_the_cycle_collector_rests_during_a_build_and_is_back_after_one_even_a_failed_one(tmp_repo, monkeypatch):
    import gc

    import ruchina.pipeline.build as pipeline

    seen = []
    derive = pipeline.derived_tables
    monkeypatch.setattr(pipeline, "derived_tables", lambda processed, **options: seen.append(gc.isenabled()) or derive(processed, **options))
    repository = RepositoryFiles.find(tmp_repo)
    assert gc.isenabled()
    build(repository)
    assert seen == [False] and gc.isenabled()
    (tmp_repo / "seeds" / "005_bad.txt").write_text("date 2023-02-30\n\nA summit happened.")
    with pytest.raises(ArticleError):
        build(repository)
    assert gc.isenabled()


def test_damaged_cache_entries_are_processed_again_to_the_same_tables(tmp_repo, tmp_path):
    repository = RepositoryFiles.find(tmp_repo)
    first = build(repository, out=tmp_path / "first").path
    entries = sorted((tmp_repo / ".ruchina-cache").rglob("*.pkl"))
    assert len(entries) == 5
    damages = [b"", b"not a pickle", entries[2].read_bytes()[:40], entries[3].read_bytes()[:-9]]
    for entry, damaged in zip(entries, damages):
        entry.write_bytes(damaged)  # a killed write, a foreign file, truncated entries
    second = build(repository, out=tmp_path / "second", rebuild=True).path
    data = [f"{table}.parquet" for table in ruchina.TABLES] + ["manifest.json"]
    assert [file_hashes(first)[name] for name in data] == [file_hashes(second)[name] for name in data]
    assert all(len(entry.read_bytes()) > 100 for entry in entries), "each damaged entry is written anew"


def test_every_bad_seed_is_named_at_once(tmp_repo):
    (tmp_repo / "seeds" / "005_empty.txt").write_bytes(b"")
    (tmp_repo / "seeds" / "006_binary.txt").write_bytes(b"\x00\x01\x02")
    with pytest.raises(BuildError) as caught:
        build(RepositoryFiles.find(tmp_repo))
    assert "2 seeds cannot be used" in str(caught.value)
    assert "005_empty.txt: the file is empty" in str(caught.value)
    assert "006_binary.txt: the file is binary" in str(caught.value)


def test_files_that_are_not_articles_are_ignored(tmp_repo):
    (tmp_repo / "seeds" / "README").write_text("notes for curators")
    (tmp_repo / "seeds" / ".gitkeep").write_text("")
    assert build(RepositoryFiles.find(tmp_repo)).manifest.tables["articles"].rows == 5


def test_a_directory_without_seeds_is_not_a_repository(tmp_path):
    from ruchina.errors import RepositoryError

    with pytest.raises(RepositoryError, match="no seeds/ folder"):
        RepositoryFiles.find(tmp_path)



def test_building_an_unchanged_repository_keeps_the_build_it_has(tmp_repo):
    repository = RepositoryFiles.find(tmp_repo)
    first = build(repository)
    files = {p: p.stat().st_mtime_ns for p in first.path.rglob("*") if p.is_file()}
    again = build(repository)
    assert again.up_to_date and again.manifest == first.manifest
    assert {p: p.stat().st_mtime_ns for p in again.path.rglob("*") if p.is_file()} == files, "not one file rewritten"
    assert not build(repository, rebuild=True).up_to_date


def _edit_a_seed(repo):
    path = repo / "seeds" / sorted(p.name for p in (repo / "seeds").iterdir())[0]
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more paragraph about the summit.\n", encoding="utf-8")


def _add_a_seed(repo):
    (repo / "seeds" / "zz_new.txt").write_text("A new report\n\nLeaders met in Moscow on Friday.\n")


def _remove_a_seed(repo):
    sorted((repo / "seeds").iterdir())[-1].unlink()


def _accept_a_finding(repo):
    findings = pq.read_table(repo / "_build" / "findings.parquet").column("finding_id").to_pylist()
    (repo / "checks" / "accepted.yaml").write_text(f"accepted:\n  - finding_id: {findings[0]}\n    reason: a test\n")


def _release(repo):
    from ruchina.pipeline.release import release

    release(RepositoryFiles.find(repo))


def _damage_a_table(repo):
    path = repo / "_build" / "events.parquet"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("change", [_edit_a_seed, _add_a_seed, _remove_a_seed, _accept_a_finding, _release,
                                    _damage_a_table], ids=lambda change: change.__name__.strip("_"))
def test_a_change_to_what_the_build_is_made_from_builds_again(tmp_repo, change):
    repository = RepositoryFiles.find(tmp_repo)
    build(repository)
    change(tmp_repo)
    rebuilt = build(repository)
    assert not rebuilt.up_to_date
    assert build(repository).up_to_date, "and the new build is current in its turn"
    assert set(rebuilt.manifest.seeds) == set(repository.seed_files())


@pytest.mark.parametrize("what", ["code", "library"])
def test_new_code_or_a_new_library_builds_again(tmp_repo, monkeypatch, what):
    import ruchina.store.build_inputs
    import ruchina.store.corpus_index

    repository = RepositoryFiles.find(tmp_repo)
    build(repository)
    if what == "code":
        monkeypatch.setattr(ruchina.store.corpus_index, "code_fingerprint", lambda: "other code")
    else:
        installed = ruchina.store.build_inputs._installed_dependencies()
        monkeypatch.setattr(ruchina.store.build_inputs, "_installed_dependencies", lambda: {**installed, "pyarrow": "0.0.1"})
    assert not build(repository).up_to_date


def test_code_of_a_later_stage_builds_again_from_the_cached_articles(tmp_repo, monkeypatch):
    """A check, the report or the CLI edited (the whole code's fingerprint changes, the
    article stage's does not): the build is made again, and no article is processed again."""
    repository = RepositoryFiles.find(tmp_repo)
    first = build(repository)
    for module in [m for name, m in sys.modules.items() if name.startswith("ruchina.")]:
        if hasattr(module, "code_fingerprint"):  # wherever the whole code's fingerprint is used
            monkeypatch.setattr(module, "code_fingerprint", lambda: "a check was edited")
    monkeypatch.setattr(sys.modules["ruchina.pipeline.build"], "process_article", _must_not_process_the_seeds)
    again = build(repository)
    assert not again.up_to_date
    assert again.manifest.tables == first.manifest.tables


@pytest.mark.parametrize("change", [_accept_a_finding, _release], ids=lambda change: change.__name__.strip("_"))
def test_when_only_accepted_findings_or_releases_changed_the_build_marks_its_tables_again(tmp_repo, tmp_path,
                                                                                          monkeypatch, change):
    repository = RepositoryFiles.find(tmp_repo)
    build(repository)
    change(tmp_repo)
    with monkeypatch.context() as patched:
        patched.setattr(sys.modules["ruchina.pipeline.build"], "derive_tables", _must_not_process_the_seeds)
        marked_again = build(repository)
    full = build(repository, out=tmp_path / "full", rebuild=True)
    assert marked_again.reused_tables and not marked_again.up_to_date and not full.reused_tables
    assert marked_again.manifest.version == full.manifest.version
    assert marked_again.manifest.tables == full.manifest.tables, "the same bytes as building everything again"
    accepted = pq.read_table(marked_again.path / "findings.parquet").filter(pc.field("accepted")).column("finding_id")
    assert accepted.to_pylist() == list(read_accepted(repository.accepted_path))
    assert build(repository).up_to_date, "and the build is current in its turn"


@pytest.mark.parametrize("change", [_edit_a_seed, _add_a_seed, _remove_a_seed, _damage_a_table],
                         ids=lambda change: change.__name__.strip("_"))
def test_a_change_to_the_seeds_or_the_tables_processes_the_seeds_again(tmp_repo, monkeypatch, change):
    repository = RepositoryFiles.find(tmp_repo)
    build(repository)
    change(tmp_repo)
    monkeypatch.setattr(sys.modules["ruchina.pipeline.build"], "derive_tables", _must_not_process_the_seeds)
    with pytest.raises(AssertionError, match="processed the seeds"):
        build(repository)


def _must_not_process_the_seeds(*args, **kwargs):
    raise AssertionError("processed the seeds")


def test_a_build_lists_seeds_once_and_reads_the_last_index_once(tmp_repo, monkeypatch):
    """One snapshot of seeds/ and one reading of the index per command: the stale seeds
    hashed while deciding whether the build is current serve the build itself."""
    import ruchina.store.corpus_index

    repository = RepositoryFiles.find(tmp_repo)
    build(repository)
    (tmp_repo / "seeds" / "900_added.txt").write_text("Putin and Xi met in Beijing on Monday to talk about trade.\n")
    calls = {"listings": 0, "index reads": 0}
    listing, reading = RepositoryFiles.seed_files, ruchina.store.corpus_index.CorpusIndex.read.__func__

    def counted_listing(self):
        calls["listings"] += 1
        return listing(self)

    def counted_read(cls, directory):
        calls["index reads"] += 1
        return reading(cls, directory)

    monkeypatch.setattr(RepositoryFiles, "seed_files", counted_listing)
    monkeypatch.setattr(ruchina.store.corpus_index.CorpusIndex, "read", classmethod(counted_read))
    assert not build(repository).up_to_date
    assert calls == {"listings": 1, "index reads": 1}

"""`release`: a build frozen under dataset/releases/<version>/, atomically, never overwritten."""

from __future__ import annotations

import hashlib
import json
import os

import pyarrow.parquet as pq
import pytest
from conftest import PROJECT, snapshot

from ruchina.errors import ReleaseError
from ruchina.pipeline.build import build
from ruchina.pipeline.release import release
from ruchina.read.loader import ReleaseStore
from ruchina.store.repository import RepositoryFiles


def test_release_copies_the_build_and_writes_a_manifest(released_repo):
    directory = released_repo / "dataset" / "releases" / "1.0.0"
    manifest = json.loads((directory / "manifest.json").read_text())
    assert manifest["version"] == "1.0.0"
    assert set(manifest["seeds"]) == {f"seeds/{p.name}" for p in (released_repo / "seeds").iterdir()}
    entry = manifest["tables"]["articles"]
    data = (directory / "articles.parquet").read_bytes()
    assert entry["sha256"] == hashlib.sha256(data).hexdigest() and entry["bytes"] == len(data)
    assert entry["rows"] == 5
    assert (directory / "articles.parquet").read_bytes() == (released_repo / "_build" / "articles.parquet").read_bytes()


def test_the_release_date_comes_from_source_date_epoch(tmp_repo, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    repository = RepositoryFiles.find(tmp_repo)
    build(repository)
    assert release(repository).manifest.date == "2023-11-14"


def test_nothing_changed_refuses_to_release(released_repo):
    repository = RepositoryFiles.find(released_repo)
    build(repository)
    before = snapshot(repository.releases_dir)
    with pytest.raises(ReleaseError, match="nothing changed since release 1.0.0"):
        release(repository)
    assert snapshot(repository.releases_dir) == before


def test_a_stale_build_refuses_to_release(tmp_repo):
    repository = RepositoryFiles.find(tmp_repo)
    build(repository)
    (tmp_repo / "seeds" / "005_new.txt").write_text("Title here\n\nA paragraph. Another one.\n")
    with pytest.raises(ReleaseError, match="seeds/ changed since the last build"):
        release(repository)
    assert ReleaseStore(repository.releases_dir).versions() == []


def test_dry_run_writes_nothing(tmp_repo):
    repository = RepositoryFiles.find(tmp_repo)
    build(repository)
    result = release(repository, dry_run=True)
    assert result.version == "1.0.0" and not result.path.exists()


def test_a_held_lock_stops_a_second_release(tmp_repo):
    repository = RepositoryFiles.find(tmp_repo)
    build(repository)
    (repository.releases_dir / ".release.lock").write_text(str(os.getppid()))  # a live process holds it
    with pytest.raises(ReleaseError, match="another release is in progress"):
        release(repository)
    assert ReleaseStore(repository.releases_dir).versions() == []


def test_a_lock_left_by_a_dead_process_and_its_staging_are_cleaned(tmp_repo):
    repository = RepositoryFiles.find(tmp_repo)
    build(repository)
    (repository.releases_dir / ".release.lock").write_text("999999999")
    (repository.releases_dir / ".1.0.0.tmp-abandoned").mkdir()
    assert release(repository).version == "1.0.0"
    assert sorted(p.name for p in repository.releases_dir.iterdir()) == ["1.0.0"]


def test_every_committed_release_matches_its_manifest():
    """Releases are immutable: each shipped file still has the bytes its manifest records,
    and nothing unlisted sits beside them."""
    store = ReleaseStore(PROJECT / "dataset" / "releases")
    assert store.versions(), "the repository ships at least one release"
    for version in store.versions():
        directory = store.path(version)
        manifest = store.manifest(version)
        listed = {entry.file for entry in manifest.tables.values()} | set(manifest.files) | {"manifest.json"}
        assert {p.name for p in directory.iterdir()} == listed, version
        for entry in manifest.tables.values():
            data = (directory / entry.file).read_bytes()
            assert hashlib.sha256(data).hexdigest() == entry.sha256, f"{version}/{entry.file} changed"
            assert len(data) == entry.bytes
        for name, digest in manifest.files.items():
            assert hashlib.sha256((directory / name).read_bytes()).hexdigest() == digest, f"{version}/{name} changed"


def test_the_latest_release_is_what_the_seeds_build(tmp_path):
    """Reproducibility: building the repository's seeds with this code gives the latest
    release's files, byte for byte. (When extraction changes on purpose, this fails until
    the change is released as a new data version.)"""
    repository = RepositoryFiles.find(PROJECT)
    store = repository.releases
    latest = store.latest()
    result = build(repository, out=tmp_path / "rebuild")
    assert result.manifest.version == latest and result.manifest.bump == "none"
    shipped = store.manifest(latest)
    assert {name: entry.sha256 for name, entry in result.manifest.tables.items()} == \
        {name: entry.sha256 for name, entry in shipped.tables.items()}
    assert result.manifest.seeds == shipped.seeds


def test_a_finding_accepted_since_the_build_is_released_only_after_building_again(tmp_repo):
    import shutil

    seeds = sorted((tmp_repo / "seeds").iterdir())
    shutil.copy(seeds[0], tmp_repo / "seeds" / f"zz_copy{seeds[0].suffix}")  # a duplicate-article error
    repository = RepositoryFiles.find(tmp_repo)
    build(repository)
    errors = [row for row in pq.read_table(repository.build_dir / "findings.parquet").to_pylist()
              if row["severity"] == "error"]
    entries = "".join(f"  - finding_id: {row['finding_id']}\n    reason: kept on purpose\n" for row in errors)
    repository.accepted_path.write_text("accepted:\n" + entries)
    with pytest.raises(ReleaseError, match="accepted.yaml changed since the last build"):
        release(repository)
    assert ReleaseStore(repository.releases_dir).versions() == []
    build(repository)
    released = release(repository).path
    marked = {row["finding_id"]: row["accepted_reason"] for row in pq.read_table(released / "findings.parquet").to_pylist()}
    assert errors and all(marked[row["finding_id"]] == "kept on purpose" for row in errors)

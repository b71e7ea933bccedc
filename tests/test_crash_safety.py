"""SIGKILL at many points of `build`, `add` and `release`: the previous release still
loads byte-identical, seeds/ holds the old or the new complete file, no half-written
release is visible, and the next run recovers without cleaning by hand."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest
from conftest import snapshot

from ruchina.pipeline.build import build
from ruchina.read.loader import ReleaseStore
from ruchina.store.repository import RepositoryFiles

NEW_ARTICLE = """date 2024-07-05

Leaders close a meeting in Astana

Kazakh President Kassym-Jomart Tokayev hosted leaders in Astana on Friday. They signed a declaration on trade and security.

Delegations said they would meet again next year in another capital of the region."""


def ruchina(repo, *args, crash_at=None, pause_at=None, wait=True):
    environment = dict(os.environ)
    environment.pop("RUCHINA_CRASH_AT", None)
    if crash_at:
        environment["RUCHINA_CRASH_AT"] = crash_at
    if pause_at:
        environment["RUCHINA_PAUSE_AT"] = pause_at
    command = [sys.executable, "-m", "ruchina", *args, "--repo", str(repo)]
    process = subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if not wait:
        return process
    out, err = process.communicate(timeout=300)
    return process.returncode, out + err


def assert_releases_intact(repo, frozen: dict[str, bytes]) -> None:
    """Every visible release is complete and verified; release 1.0.0 is byte-identical."""
    releases = repo / "dataset" / "releases"
    assert snapshot(releases / "1.0.0") == frozen
    store = ReleaseStore(releases)
    for version in store.versions():
        for table in store.manifest(version).tables:
            store.read_arrow(table, version)  # raises on a missing or changed file


@pytest.fixture
def repo_with_new_seed(released_repo):
    (released_repo / "seeds" / "005_0123456789abcdef.txt").write_text(NEW_ARTICLE)
    return released_repo


@pytest.mark.parametrize("point", ["write.half-written", "write.before-rename", "build.before-swap", "build.mid-swap",
                                   "write.half-written:3"])
def test_build_killed_at_a_crash_point(repo_with_new_seed, point):
    repo = repo_with_new_seed
    frozen = snapshot(repo / "dataset" / "releases" / "1.0.0")
    code, _ = ruchina(repo, "build", crash_at=point)
    assert code == -signal.SIGKILL
    assert_releases_intact(repo, frozen)
    assert not (repo / "_build").exists() or (repo / "_build" / "manifest.json").exists()
    code, output = ruchina(repo, "build")
    assert code == 0, output
    assert not list(repo.glob("._build.*")), "the next build removes what the killed one left"
    assert ruchina(repo, "validate")[0] == 0


def test_build_killed_at_random_moments(repo_with_new_seed):
    repo = repo_with_new_seed
    frozen = snapshot(repo / "dataset" / "releases" / "1.0.0")
    rng = random.Random(7)
    for _ in range(4):
        process = ruchina(repo, "build", wait=False)
        time.sleep(rng.uniform(0.2, 2.5))
        process.kill()
        process.communicate()
        assert_releases_intact(repo, frozen)
    assert ruchina(repo, "build")[0] == 0


@pytest.mark.parametrize("point", ["release.copied-table:2", "write.half-written", "release.before-rename",
                                   "release.after-rename"])
def test_release_killed_at_a_crash_point(repo_with_new_seed, point):
    repo = repo_with_new_seed
    build(RepositoryFiles.find(repo))
    frozen = snapshot(repo / "dataset" / "releases" / "1.0.0")
    code, _ = ruchina(repo, "release", crash_at=point)
    assert code == -signal.SIGKILL
    assert_releases_intact(repo, frozen)
    assert ReleaseStore(repo / "dataset" / "releases").versions() in (["1.0.0"], ["1.0.0", "1.1.0"])
    code, output = ruchina(repo, "release")
    if point == "release.after-rename":
        assert code == 1 and "nothing changed since release 1.1.0" in output, "the release was complete"
    else:
        assert code == 0, output
    assert ReleaseStore(repo / "dataset" / "releases").versions() == ["1.0.0", "1.1.0"]
    # Nothing half-made is visible; a lock left by a killed release is hidden and taken over by the next one.
    assert sorted(p.name for p in (repo / "dataset" / "releases").iterdir() if not p.name.startswith(".")) == [
        "1.0.0", "1.1.0"]
    assert not list((repo / "dataset" / "releases").glob(".*.tmp-*"))
    assert (repo / "CHANGELOG.md").read_text().count("## Data 1.1.0 ") == 1
    assert_releases_intact(repo, frozen)


@pytest.mark.parametrize("point", ["add.half-written", "add.before-link"])
def test_add_killed_while_writing(released_repo, tmp_path, point):
    incoming = tmp_path / "new.txt"
    incoming.write_text(NEW_ARTICLE)
    before = {p.name for p in (released_repo / "seeds").iterdir()}
    code, _ = ruchina(released_repo, "add", str(incoming), crash_at=point)
    assert code == -signal.SIGKILL
    visible = {p.name for p in (released_repo / "seeds").iterdir() if not p.name.startswith(".")}
    assert visible == before, "no partial seed is visible"
    code, output = ruchina(released_repo, "add", str(incoming))
    assert code == 0, output
    assert not list((released_repo / "seeds").glob(".*")), "the next add removes the killed one's temporary file"
    (added,) = {p.name for p in (released_repo / "seeds").iterdir()} - before
    assert (released_repo / "seeds" / added).read_text().endswith("another capital of the region.\n")


def test_two_releases_at_once_one_wins(repo_with_new_seed):
    repo = repo_with_new_seed
    build(RepositoryFiles.find(repo))
    first = ruchina(repo, "release", pause_at="release.before-rename:3", wait=False)
    time.sleep(1.5)  # the first holds the lock now
    code, output = ruchina(repo, "release")
    assert code == 1 and "another release is in progress" in output
    out, err = first.communicate(timeout=120)
    assert first.returncode == 0, out + err
    assert ReleaseStore(repo / "dataset" / "releases").versions() == ["1.0.0", "1.1.0"]

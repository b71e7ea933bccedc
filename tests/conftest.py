from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property-based test profiles: "ci" runs in the normal suite, the same examples on every run
# (derandomized: a commit's CI result is its code's, not the draw's); "fuzz" is the long random
# run that looks for new cases, `HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_hostile_input.py`
# (a case it finds becomes an @example).
settings.register_profile("ci", max_examples=300, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("fuzz", max_examples=20_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "seeds"


@pytest.fixture
def project_root() -> Path:
    return PROJECT


@pytest.fixture
def tmp_repo(tmp_path: Path) -> Path:
    """A curator's repository with the five seeds, no build and no release."""
    repo = tmp_path / "repo"
    shutil.copytree(SEEDS, repo / "seeds")
    (repo / "checks").mkdir()
    shutil.copy(PROJECT / "checks" / "accepted.yaml", repo / "checks" / "accepted.yaml")
    (repo / "dataset" / "releases").mkdir(parents=True)
    return repo


@pytest.fixture
def released_repo(tmp_repo: Path) -> Path:
    """tmp_repo after `ruchina build` and `ruchina release`: it holds release 1.0.0."""
    from ruchina.pipeline.build import build
    from ruchina.pipeline.release import release
    from ruchina.store.repository import RepositoryFiles

    repository = RepositoryFiles.find(tmp_repo)
    build(repository)
    release(repository)
    return tmp_repo


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file under a directory, by relative path: to prove nothing changed."""
    return {
        path.relative_to(directory).as_posix(): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


def seeded_repo(tmp_path: Path, articles: dict[str, str]) -> Path:
    """A curator's repository holding just these seeds (name -> text), not built."""
    repo = tmp_path / "repo"
    (repo / "seeds").mkdir(parents=True)
    (repo / "checks").mkdir()
    shutil.copy(PROJECT / "checks" / "accepted.yaml", repo / "checks" / "accepted.yaml")
    for name, text in articles.items():
        (repo / "seeds" / f"{name}.txt").write_text(text, encoding="utf-8")
    return repo


def built_rows(tmp_path: Path, articles: dict[str, str]) -> dict[str, list[dict]]:
    """Every table, as rows, that a repository holding just these seeds (name -> text) builds."""
    from ruchina.pipeline.build import build_tables
    from ruchina.store.repository import RepositoryFiles

    repo = seeded_repo(tmp_path, articles)
    return {name: table.to_pylist() for name, table in build_tables(RepositoryFiles.find(repo)).tables.items()}


def findings_by_check(rows: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The findings of built_rows, grouped by their check's code."""
    grouped: dict[str, list[dict]] = {}
    for finding in rows["findings"]:
        grouped.setdefault(finding["check"], []).append(finding)
    return grouped

"""`validate` of a build: the build's own findings are the report when the running code
made it from the very tables it holds; rechecking every table finds the same."""

from __future__ import annotations

import shutil

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import ruchina.pipeline.validation
from ruchina.pipeline.build import build
from ruchina.pipeline.validation import validate_directory
from ruchina.read.manifest import read_manifest
from ruchina.store.parquet_io import write_parquet
from ruchina.store.repository import RepositoryFiles


@pytest.fixture
def built_repo(tmp_repo):
    """tmp_repo with a copy of one seed under another name (an error finding) and a build."""
    seeds = sorted((tmp_repo / "seeds").iterdir())
    shutil.copy(seeds[0], tmp_repo / "seeds" / f"zz_copy{seeds[0].suffix}")
    repository = RepositoryFiles.find(tmp_repo)
    build(repository)
    return repository


def reports(repository):
    """The report of the build as validate gives it, and as rechecking every table gives it."""
    given = validate_directory(repository.build_dir, repository.accepted_path)
    rechecked = validate_directory(repository.build_dir, repository.accepted_path, recheck=True)
    return [f.to_dict() for f in given.findings], [f.to_dict() for f in rechecked.findings]


def test_validating_a_fresh_build_runs_no_check_again_and_reports_what_rechecking_finds(built_repo, monkeypatch):
    given, rechecked = reports(built_repo)
    assert given == rechecked
    assert {"duplicate-article", "missing-date"} <= {f["check"] for f in given}

    def no_check(*_args, **_kwargs):
        raise AssertionError("a check ran again")

    monkeypatch.setattr(ruchina.pipeline.validation, "run_checks", no_check)
    assert validate_directory(built_repo.build_dir, built_repo.accepted_path).findings


def test_the_report_marks_what_accepted_yaml_accepts_now_not_when_the_build_was_made(built_repo):
    error = next(f for f in reports(built_repo)[0] if f["severity"] == "error")
    built_repo.accepted_path.write_text(f"accepted:\n  - finding_id: {error['finding_id']}\n    reason: kept on purpose\n")
    given, rechecked = reports(built_repo)
    assert given == rechecked
    assert next(f for f in given if f["finding_id"] == error["finding_id"])["accepted_reason"] == "kept on purpose"

    build(built_repo)  # its findings table marks the acceptance
    built_repo.accepted_path.write_text("accepted: []\n")
    given, rechecked = reports(built_repo)
    assert given == rechecked
    assert not next(f for f in given if f["finding_id"] == error["finding_id"])["accepted"]


def rewrite_table(build_dir, name, table):
    """Replace a table of a build, manifest and all, as a hand edit would."""
    manifest = read_manifest(build_dir)
    manifest.tables[name] = write_parquet(table, build_dir, table_name=name, data_version=manifest.version,
                                          fingerprint=manifest.tables[name].schema_fingerprint)
    manifest.write(build_dir)


def test_a_table_rewritten_after_the_build_is_checked_again(built_repo):
    articles = pq.read_table(built_repo.build_dir / "articles.parquet")
    column = articles.schema.get_field_index("n_words")
    rewrite_table(built_repo.build_dir, "articles",
                  articles.set_column(column, articles.schema.field("n_words"), pa.array([0] * articles.num_rows, pa.int64())))
    given, rechecked = reports(built_repo)
    assert given == rechecked
    assert any(f["check"] == "schema" and "n_words" in f["message"] for f in given)


def test_a_findings_table_rewritten_after_the_build_is_not_the_report(built_repo):
    findings = pq.read_table(built_repo.build_dir / "findings.parquet")
    rewrite_table(built_repo.build_dir, "findings", findings.slice(1))
    given, rechecked = reports(built_repo)
    assert given == rechecked and len(given) == findings.num_rows


def test_the_findings_table_itself_is_held_to_its_schema(tmp_repo, monkeypatch):
    from ruchina.checks.finding import Finding
    from ruchina.checks.registry import _REGISTRY, CheckSpec, registered_checks

    registered_checks()  # every check module imported (and registered) before one is replaced
    planted = Finding.new("unlinked-entity", "info", "articles", ["no-such-article"], "a finding naming nothing")
    monkeypatch.setitem(_REGISTRY, "unlinked-entity", CheckSpec("unlinked-entity", "info", "planted", lambda _context: [planted]))
    repository = RepositoryFiles.find(tmp_repo)
    build(repository)
    given, rechecked = reports(repository)
    assert given == rechecked
    assert any(f["check"] == "schema" and f["table"] == "findings" and "no-such-article" in f["evidence"] for f in given)

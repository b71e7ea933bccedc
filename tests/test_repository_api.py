"""The curator's Python API, ruchina.Repository: each method on a small temporary repository
returns its result object with real values, as its command would print them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from conftest import snapshot

import ruchina
import ruchina.repository as repository_module
from ruchina.checks import Report
from ruchina.errors import ArticleError, ReleaseError, RepositoryError, UnsupportedFormatError, UsageError
from ruchina.repository import AddedArticles, Repository

NEW_ARTICLE = """date 2024-07-05 https://www.reuters.com/world/asia-pacific/sco-leaders-2024-07-05/

Leaders close SCO meeting in the Kazakh capital

The Shanghai Cooperation Organization ended its two-day gathering in Astana on Friday with a declaration on security and trade. Kazakh President Kassym-Jomart Tokayev handed the chair to China for the coming year.

Delegations said they would meet again in Tianjin, where Chinese officials plan to host the next summit."""


@pytest.fixture
def scans(monkeypatch):
    """The seed scans the methods start, by folder."""
    started = []
    real = repository_module.SeedScan

    def scan(folder):
        started.append(folder)
        return real(folder)

    monkeypatch.setattr(repository_module, "SeedScan", scan)
    return started


def test_a_repository_is_found_by_its_path_and_importing_it_stays_cheap(tmp_repo, tmp_path):
    assert ruchina.Repository is Repository
    assert Repository(tmp_repo) == Repository.find(tmp_repo) == Repository(str(tmp_repo / "seeds" / ".."))
    assert Repository(tmp_repo).root == tmp_repo.resolve() and Repository(tmp_repo).seeds_dir == tmp_repo / "seeds"
    with pytest.raises(RepositoryError, match="not a ruchina repository"):
        Repository(tmp_path)
    code = (f"import sys, ruchina; repo = ruchina.Repository({str(tmp_repo)!r}); repo.info();"
            "print([m for m in ('pandera', 'click', 'rich', 'ruchina.pipeline.build', 'ruchina.schemas',"
            " 'ruchina.checks', 'hypothesis') if m in sys.modules])")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"


def test_build_validate_and_accept(tmp_repo, scans):
    repo = Repository(tmp_repo)
    built = repo.build()
    assert (built.version, built.bump, built.up_to_date) == ("1.0.0", "initial", False)
    assert list(built.rows) == list(ruchina.TABLES) and built.rows["articles"] == 5
    assert built.path == tmp_repo / "_build" and scans == [tmp_repo / "seeds"]
    assert repo.build().up_to_date is True

    report = repo.validate()
    assert isinstance(report, Report) and report.target == "build _build"
    assert report.valid is True and report.passed is True and json.loads(report.to_json())["valid"] is True
    assert report.counts().get("warning") and repo.validate(strict=True).passed is False
    assert len(scans) == 2, "validating a build needs no scan of seeds/"

    original = sorted((tmp_repo / "seeds").iterdir())[0]
    shutil.copy(original, tmp_repo / "seeds" / "999_copy.txt")
    repo.build()
    report = repo.validate()
    (duplicate,) = [f for f in report.blocking if f.check == "duplicate-article"]
    assert report.valid is False and json.loads(report.to_json())["valid"] is False
    (tmp_repo / "checks" / "accepted.yaml").write_text(
        f"accepted:\n  - finding_id: {duplicate.finding_id}\n    reason: republished; kept on purpose\n")
    accepted = repo.validate()
    assert accepted.valid is True and not accepted.blocking
    assert [f.accepted_reason for f in accepted.findings if f.finding_id == duplicate.finding_id] == [
        "republished; kept on purpose"]
    assert repo.validate(recheck=True).valid is True


def test_validate_changed_and_a_release(released_repo, scans):
    repo = Repository(released_repo)  # made before the seed is copied: each call scans seeds/ anew
    assert repo.validate(release="1.0.0").target == "release 1.0.0"
    assert repo.validate(changed=True).findings == []
    original = sorted((released_repo / "seeds").iterdir())[0]
    shutil.copy(original, released_repo / "seeds" / "999_copy.txt")
    report = repo.validate(changed=True)
    assert report.valid is False and report.target.startswith("1 changed article(s) since the latest release")
    assert any(f.check == "duplicate-article" and "999_copy" in f.record_ids for f in report.blocking)
    assert len(scans) == 2
    for wrong in ({"base": "HEAD"}, {"changed": True, "release": "1.0.0"}, {"release": "1.0.0", "build_dir": "x"}):
        with pytest.raises(UsageError):
            repo.validate(**wrong)


def test_add_then_release_diff_report_and_info(released_repo, tmp_path, scans):
    repo = Repository(released_repo)
    incoming = tmp_path / "sco.txt"
    incoming.write_text(NEW_ARTICLE, encoding="utf-8")
    before = snapshot(released_repo / "seeds")

    tried = repo.add(incoming, dry_run=True, outlet="Reuters")
    assert isinstance(tried, AddedArticles) and tried.dry_run and tried.valid
    (article,) = tried.added
    assert article.seed_path.startswith("seeds/005_") and article.article.outlet == "Reuters"
    assert tried.report.target.startswith("1 added article(s)") and tried.findings == tried.report.findings
    assert snapshot(released_repo / "seeds") == before

    added = repo.add([str(incoming)])
    assert (released_repo / added.added[0].seed_path).is_file() and len(scans) == 2
    with pytest.raises(ArticleError, match="duplicates the existing article"):
        repo.add([incoming])
    assert len(snapshot(released_repo / "seeds")) == len(before) + 1

    assert repo.build().version == "1.1.0"
    planned = repo.release(dry_run=True)
    assert (planned.version, planned.bump, planned.dry_run) == ("1.1.0", "minor", True)
    assert not planned.path.exists() and planned.reasons
    released = repo.release()
    assert released.path == released_repo / "dataset" / "releases" / "1.1.0" and released.path.is_dir()
    assert any(line.startswith(f"new article {added.added[0].article_id}") for line in released.changes)
    with pytest.raises(ReleaseError, match="nothing changed since release 1.1.0"):
        repo.release()

    diff = repo.diff("1.0.0", "1.1.0")
    assert diff.changes == released.changes
    assert {t.table: t.added_rows for t in diff.tables}["articles"] == [added.added[0].article_id]
    assert list(diff.to_dict()) == ["from", "to", "changes", "tables"]

    assert [(r.version, r.rows["articles"]) for r in repo.info()] == [("1.0.0", 5), ("1.1.0", 6)]

    report = repo.report(format="json")
    assert (report.label, report.version) == ("release 1.1.0", "1.1.0") and report.path is None
    assert json.loads(report.text)["rows"]["articles"] == 6
    written = repo.report(format="md", release="1.0.0", out=tmp_path / "report.md")
    assert written.path.read_text(encoding="utf-8") == written.text and written.text.startswith("# ruchina 1.0.0")
    assert repo.report(build_dir=released_repo / "_build", format="md").label.startswith("build ")
    with pytest.raises(UnsupportedFormatError):
        repo.report(format="pdf")

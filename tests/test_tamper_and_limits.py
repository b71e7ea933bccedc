"""Tampering is detected and named; limits protect users; nothing is read through a link
out of seeds/ or out of the repository."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from ruchina.cli import cli
from ruchina.errors import ArticleError, RepositoryError
from ruchina.pipeline.adding import MAX_FILES_PER_ADD
from ruchina.store.repository import RepositoryFiles


def validate_release(repo, version="1.0.0"):
    return CliRunner().invoke(cli, ["validate", "--repo", str(repo), "--release", version])


def test_validate_names_a_changed_table_file(released_repo):
    path = released_repo / "dataset" / "releases" / "1.0.0" / "events.parquet"
    data = bytearray(path.read_bytes())
    data[-100] ^= 0xFF
    path.write_bytes(bytes(data))
    result = validate_release(released_repo)
    assert result.exit_code == 1
    assert "events.parquet: checksum mismatch" in result.output and result.output.count("\n") == 1


def test_validate_names_a_changed_manifest(released_repo):
    path = released_repo / "dataset" / "releases" / "1.0.0" / "manifest.json"
    manifest = json.loads(path.read_text())
    manifest["tables"]["claims"]["rows"] += 1
    manifest["tables"]["claims"]["sha256"] = "f" * 64
    path.write_text(json.dumps(manifest))
    result = validate_release(released_repo)
    assert result.exit_code == 1 and "claims.parquet: checksum mismatch" in result.output


def test_validate_names_a_missing_table(released_repo):
    (released_repo / "dataset" / "releases" / "1.0.0" / "findings.parquet").unlink()
    result = validate_release(released_repo)
    assert result.exit_code == 1 and "findings.parquet: is missing from release 1.0.0" in result.output


def test_a_release_directory_without_manifest_is_named(released_repo):
    (released_repo / "dataset" / "releases" / "2.0.0").mkdir()
    (released_repo / "dataset" / "releases" / "2.0.0" / "articles.parquet").write_bytes(b"PAR1")
    result = validate_release(released_repo, "2.0.0")
    assert result.exit_code == 1 and "2.0.0: has no manifest.json" in result.output


def test_a_symlinked_seed_is_refused(released_repo, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("Secret notes. Not an article for anyone.")
    (released_repo / "seeds" / "009_link.txt").symlink_to(outside)
    with pytest.raises(ArticleError, match="symbolic link"):
        RepositoryFiles.find(released_repo).seed_paths()


def test_a_seeds_folder_linked_from_elsewhere_is_refused(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "seeds").symlink_to(elsewhere)
    with pytest.raises(RepositoryError, match="link out of the repository"):
        RepositoryFiles.find(repo)


def test_too_many_files_at_once(released_repo, tmp_path):
    files = []
    for index in range(MAX_FILES_PER_ADD + 1):
        path = tmp_path / f"{index}.txt"
        path.write_text(f"Article {index}. Text.")
        files.append(str(path))
    result = CliRunner().invoke(cli, ["add", "--repo", str(released_repo), *files])
    assert result.exit_code == 2 and f"over the limit of {MAX_FILES_PER_ADD}" in result.output


def test_a_hand_named_seed_is_reported(released_repo):
    source = released_repo / "seeds" / "001_34d5bd79dd6ecba0.txt"
    source.rename(released_repo / "seeds" / "my article.txt")
    runner = CliRunner()
    runner.invoke(cli, ["build", "--repo", str(released_repo)])
    report = json.loads(runner.invoke(cli, ["validate", "--repo", str(released_repo), "--format", "json"]).output)
    (finding,) = [f for f in report["findings"] if f["check"] == "seed-name"]
    assert finding["record_ids"] == ["my article"] and "re-add it with `ruchina add`" in finding["message"]

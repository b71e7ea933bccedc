"""Each command, run in-process through click, on a temporary repository."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import PROJECT, snapshot

import ruchina
from ruchina.cli import cli
from ruchina.cli_reference import REFERENCE_PATH, render_cli_reference

COMMANDS = ["build", "validate", "release", "add", "report", "diff", "info"]


@pytest.fixture
def run():
    def invoke(*args):
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)

    return invoke


@pytest.mark.parametrize("command", [[]] + [[c] for c in COMMANDS])
def test_help_of_every_command(run, command):
    result = run(*command, "--help")
    assert result.exit_code == 0 and "Usage:" in result.output


def test_every_command_is_known():
    assert list(cli.commands) == COMMANDS


def test_python_dash_m_ruchina_help():
    result = subprocess.run([sys.executable, "-m", "ruchina", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert all(command in result.stdout for command in COMMANDS)


def test_a_command_validates_without_importing_pandera_s_data_synthesis(tmp_repo):
    """The test extra installs hypothesis; a command's process must not pay for importing it
    (pandera imports it for schema.example()), and validates all the same."""
    repo = str(tmp_repo)
    command = [sys.executable, "-X", "importtime", "-m", "ruchina"]
    built = subprocess.run([*command, "build", "--repo", repo], capture_output=True, text=True)
    validated = subprocess.run([*command, "validate", "--repo", repo, "--recheck", "--format", "json"],
                               capture_output=True, text=True)
    assert built.returncode == 0 and validated.returncode == 0 and json.loads(validated.stdout)["valid"] is True
    imported = {line.split("|")[-1].strip() for line in built.stderr.splitlines() + validated.stderr.splitlines()
                if line.startswith("import time:")}
    assert {"pandera", "pandas"} <= imported and "hypothesis" not in imported


def test_build_validate_release_info(run, tmp_repo):
    repo = str(tmp_repo)
    built = run("build", "--repo", repo)
    assert built.exit_code == 0 and "articles: 5 rows" in built.output
    validated = run("validate", "--repo", repo, "--format", "json")
    assert validated.exit_code == 0
    assert json.loads(validated.output)["valid"] is True
    released = run("release", "--repo", repo)
    assert released.exit_code == 0 and "released 1.0.0" in released.output
    info = run("info", "--repo", repo, "--format", "json")
    tables = json.loads(info.output)["releases"][0]["tables"]
    assert tables["articles"] == 5 and set(tables) == set(ruchina.TABLES)
    assert run("validate", "--repo", repo, "--release", "1.0.0").exit_code == 0


def test_add_release_diff_and_report(run, released_repo, tmp_path):
    repo = str(released_repo)
    incoming = tmp_path / "visit.md"
    incoming.write_text("---\ntitle: Putin visits Harbin\ndate: 2024-05-17\n---\n\nVladimir Putin arrived in Harbin "
                        "on Friday for the second day of his state visit to China.\n", encoding="utf-8")
    tried = run("add", "--repo", repo, str(incoming), "--dry-run")
    assert tried.exit_code == 0 and tried.output.startswith(f"would add {incoming} as seeds/005_")
    assert "“Putin visits Harbin”" in tried.output and "1 added article(s)" in tried.output
    added = run("add", "--repo", repo, str(incoming), "--format", "json")
    assert added.exit_code == 0 and json.loads(added.output)["added"][0]["seed"].startswith("seeds/005_")
    refused = run("add", "--repo", repo, str(incoming))
    assert refused.exit_code == 1 and refused.output.startswith("error: ")
    assert "duplicates the existing article" in refused.output
    assert run("build", "--repo", repo).exit_code == 0 and run("release", "--repo", repo).exit_code == 0

    diff = run("diff", "--repo", repo, "1.0.0", "1.1.0")
    assert diff.exit_code == 0 and diff.output.startswith("1.0.0 → 1.1.0\n  - articles: 1 row added")
    changes = json.loads(run("diff", "--repo", repo, "1.0.0", "1.1.0", "--format", "json").output)
    assert (changes["from"], changes["to"]) == ("1.0.0", "1.1.0") and changes["changes"]
    assert run("diff", "--repo", repo, "1.0.0", "9.9.9").output.startswith("error: no version 9.9.9")

    markdown = run("report", "--repo", repo, "--format", "md")
    assert markdown.exit_code == 0 and markdown.output.startswith("# ruchina 1.1.0\n\nrelease 1.1.0")
    page = tmp_path / "report.html"
    written = run("report", "--repo", repo, "--release", "1.0.0", "--out", str(page))
    assert written.exit_code == 0 and f"wrote {page}" in written.output
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    build = json.loads(run("report", "--repo", repo, "--build-dir", str(released_repo / "_build"),
                           "--format", "json").output)
    assert build["label"].startswith("build ") and build["rows"]["articles"] == 6


def test_the_cli_reference_is_up_to_date():
    committed = (PROJECT / REFERENCE_PATH).read_text(encoding="utf-8")
    assert committed == render_cli_reference(cli), "run: python -m ruchina.cli_reference"


def test_the_cli_reference_lists_every_command_and_option():
    reference = render_cli_reference(cli)
    for name, command in cli.commands.items():
        section = reference.split(f"## ruchina {name}\n", 1)[1].split("\n## ", 1)[0]
        assert all(f"`{option}`" in section for param in command.params for option in param.opts
                   if param.param_type_name == "option")


def test_a_bad_seed_is_one_line_and_changes_nothing(run, released_repo):
    (released_repo / "seeds" / "009_bad.txt").write_bytes(b"\xff\xfe\x00binary")
    before = snapshot(released_repo)
    result = run("build", "--repo", str(released_repo))
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0
    assert result.output.startswith("error: seeds/009_bad.txt: the file is binary")
    assert snapshot(released_repo) == before


def test_outside_a_repository_the_error_says_what_to_do(run, tmp_path):
    result = run("build", "--repo", str(tmp_path))
    assert result.exit_code == 1
    assert "not a ruchina repository" in result.output and "--repo PATH" in result.output


def test_validate_fails_on_a_schema_error(run, tmp_repo):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ruchina.pipeline.build import build
    from ruchina.read.manifest import read_manifest
    from ruchina.store.parquet_io import write_parquet
    from ruchina.store.repository import RepositoryFiles

    result = build(RepositoryFiles.find(tmp_repo))
    path = result.path / "articles.parquet"
    table = pq.read_table(path)
    broken = table.set_column(table.schema.get_field_index("n_words"), table.schema.field("n_words"),
                              pa.array([0] * table.num_rows, pa.int64()))
    manifest = read_manifest(result.path)
    manifest.tables["articles"] = write_parquet(broken, result.path, table_name="articles",
                                                data_version="1.0.0", fingerprint="x")
    manifest.write(result.path)
    output = run("validate", "--repo", str(tmp_repo), "--format", "json")
    assert output.exit_code == 1
    findings = [f for f in json.loads(output.output)["findings"] if f["check"] == "schema"]
    assert len(findings) == 1
    assert len(findings[0]["record_ids"]) == 5 and "n_words" in findings[0]["message"]


def test_release_refuses_when_nothing_changed(run, released_repo):
    run("build", "--repo", str(released_repo))
    result = run("release", "--repo", str(released_repo))
    assert result.exit_code == 1 and "nothing changed since release 1.0.0" in result.output


def test_the_terminal_report_shows_the_first_findings_of_a_check_unaccepted_first(capsys):
    from ruchina.checks import Report
    from ruchina.checks.finding import Finding
    from ruchina.cli import TEXT_FINDINGS_PER_CHECK, _print_report

    findings = [Finding.new("missing-date", "warning", "articles", [f"a{i:03d}"], f"undated {i}") for i in range(60)]
    findings = [f.accept("known") if i < 20 else f for i, f in enumerate(findings)]
    _print_report(Report(target="a build", findings=findings))
    shown = capsys.readouterr().out
    assert shown.count("undated ") == TEXT_FINDINGS_PER_CHECK
    assert all(f"undated {i}\n" in shown for i in range(20, 60)), "every unaccepted finding is among those shown"
    assert f"and {60 - TEXT_FINDINGS_PER_CHECK:,} more missing-date findings" in shown

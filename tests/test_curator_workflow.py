"""The curator's loop, on a temporary copy of the repository: add articles in each
format, validate, release with the right version, and the metadata other tools read."""

from __future__ import annotations

import hashlib
import json
import subprocess

import pytest
from click.testing import CliRunner
from conftest import PROJECT, snapshot

from ruchina.cli import cli
from ruchina.publish.data_dictionary import DICTIONARY_PATH, render_data_dictionary
from ruchina.read.loader import ReleaseStore

TEXT_ARTICLE = """date 2024-07-05 https://www.reuters.com/world/asia-pacific/sco-leaders-2024-07-05/

Leaders close SCO meeting in the Kazakh capital

The Shanghai Cooperation Organization ended its two-day gathering in Astana on Friday with a declaration on security and trade. Kazakh President Kassym-Jomart Tokayev handed the chair to China for the coming year.

Delegations said they would meet again in Tianjin, where Chinese officials plan to host the next summit."""

MARKDOWN_ARTICLE = """---
title: Lavrov and Wang Yi meet in Mandalay
date: 2024-07-25
outlet: TASS
---

Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Mandalay on Thursday, on the sidelines of a regional gathering. The two ministers discussed security in Eurasia.

Wang said relations between the two countries were stable. Lavrov said both sides opposed unilateral sanctions and would expand trade in national currencies.
"""

HTML_ARTICLE = """<!DOCTYPE html><html><head><title>Putin visits Harbin</title>
<meta property="og:site_name" content="Example Wire"><meta property="article:published_time" content="2024-05-17"></head>
<body><nav>Home | World | Sport</nav><article><h1>Putin visits Harbin</h1>
<p>Russian President Vladimir Putin arrived in Harbin on Friday, the last stop of a two-day state visit to China. He toured a trade fair and met students at a local university.</p>
<p>Putin and Xi Jinping held talks in Beijing on Thursday and signed a joint statement. The two leaders also attended a concert in the capital.</p>
<p>Trade between the two countries has reached record levels, officials in both capitals said.</p></article>
<footer>Copyright Example Wire. All rights reserved.</footer></body></html>"""


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    files = {"sco.txt": TEXT_ARTICLE, "lavrov.md": MARKDOWN_ARTICLE, "harbin.html": HTML_ARTICLE}
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return {name: folder / name for name in files}


def test_add_validate_release_walkthrough(released_repo, articles):
    repo = released_repo
    old_release = snapshot(repo / "dataset" / "releases" / "1.0.0")
    added = run("add", "--repo", repo, *articles.values(), "--format", "json")
    assert added.exit_code == 0, added.output
    report = json.loads(added.output)
    seeds = [a["seed"] for a in report["added"]]
    assert [s.split("_")[0] for s in seeds] == ["seeds/005", "seeds/006", "seeds/007"]
    for seed in seeds:
        data = (repo / seed).read_bytes()
        assert seed.endswith(hashlib.sha256(data).hexdigest()[:16] + ".txt")

    assert run("build", "--repo", repo).exit_code == 0
    assert run("validate", "--repo", repo).exit_code == 0
    released = run("release", "--repo", repo)
    assert released.exit_code == 0, released.output
    assert "released 1.1.0 (minor)" in released.output

    store = ReleaseStore(repo / "dataset" / "releases")
    assert store.versions() == ["1.0.0", "1.1.0"]
    assert snapshot(repo / "dataset" / "releases" / "1.0.0") == old_release
    assert store.load("articles", "1.0.0").shape[0] == 5
    articles_now = store.load("articles", "1.1.0").set_index("article_id")
    assert len(articles_now) == 8
    harbin = articles_now.loc[report["added"][2]["article_id"]]
    assert harbin["title"] == "Putin visits Harbin" and str(harbin["published_date"]) == "2024-05-17"
    assert "Home | World" not in harbin["body"] and "All rights reserved" not in harbin["body"]
    lavrov = articles_now.loc[report["added"][1]["article_id"]]
    assert lavrov["outlet"] == "TASS"

    changelog = (repo / "CHANGELOG.md").read_text()
    entry = changelog.split("\n## ")[1]
    assert entry.startswith("Data 1.1.0")
    assert report["added"][0]["article_id"] in entry and "Leaders close SCO meeting" in entry


def visible(repo) -> dict:
    """The repository as a curator and git see it: not the per-article cache."""
    return {path: data for path, data in snapshot(repo).items() if not path.startswith(".ruchina-cache/")}


def test_the_dry_run_writes_nothing_but_reports(released_repo, articles):
    before = visible(released_repo)
    result = run("add", "--repo", released_repo, articles["lavrov.md"], "--dry-run", "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.output)
    assert report["dry_run"] is True and report["added"][0]["seed"].startswith("seeds/005_")
    assert any("mandalay" in f["record_ids"] for f in report["findings"])
    assert visible(released_repo) == before


def test_command_line_fields_win_over_the_file(released_repo, articles):
    result = run("add", "--repo", released_repo, articles["sco.txt"], "--date", "2024-07-04", "--outlet", "Reuters",
                 "--title", "SCO summit closes", "--format", "json")
    seed = json.loads(result.output)["added"][0]["seed"]
    text = (released_repo / seed).read_text()
    assert "date: 2024-07-04" in text and "title: SCO summit closes" in text and "outlet: Reuters" in text


@pytest.fixture
def git_repo(released_repo):
    subprocess.run(["git", "init", "-q"], cwd=released_repo, check=True)
    subprocess.run(["git", "add", "-A"], cwd=released_repo, check=True)
    subprocess.run(["git", "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "base"], cwd=released_repo,
                   check=True)
    return released_repo


def git_status(repo) -> str:
    return subprocess.run(["git", "status", "--porcelain"], cwd=repo, capture_output=True, text=True).stdout


@pytest.mark.parametrize(
    "name, content, problem",
    [
        ("copy.txt", None, "duplicates the existing article 001_34d5bd79dd6ecba0 (identical text)"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "the file is binary"),
        ("empty.txt", b"", "the file is empty"),
        ("bad-date.txt", b"date 2024-02-31\n\nA title\n\nLeaders met. They talked.", "is impossible"),
        ("not-a-date.md", b"---\ndate: someday soon\n---\nLeaders met. They talked.", "is not a date"),
    ],
)
def test_refused_files_change_nothing(git_repo, tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content if content is not None else (git_repo / "seeds" / "001_34d5bd79dd6ecba0.txt").read_bytes())
    result = run("add", "--repo", git_repo, path)
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and result.output.startswith(f"error: {path}: ")
    assert problem in result.output
    assert git_status(git_repo) == ""


def test_a_near_duplicate_is_refused_with_the_id_it_duplicates(git_repo, tmp_path):
    original = (git_repo / "seeds" / "000_73309e156c90b8c6.txt").read_text()
    edited = original.replace("Overall, the meeting", "All in all, the meeting")
    path = tmp_path / "edited.txt"
    path.write_text(edited)
    result = run("add", "--repo", git_repo, path)
    assert result.exit_code == 1 and "duplicates the existing article 000_73309e156c90b8c6 (Jaccard" in result.output
    assert git_status(git_repo) == ""


SPUTNIK = "https://sputnikglobe.com/20231019/"


def test_a_copy_another_outlet_published_is_added_and_joins_the_story(git_repo, tmp_path):
    """Syndication is data: the wire copy another outlet ran is an article of the coverage."""
    original = (git_repo / "seeds" / "001_34d5bd79dd6ecba0.txt").read_text()
    assert SPUTNIK in original
    path = tmp_path / "reprint.txt"
    path.write_text(original.replace(SPUTNIK, "https://www.daily-example.org/world/2023/10/19/"))
    # Its own outlet stated: the copy's text names the original's publisher.
    result = run("add", "--repo", git_repo, path, "--outlet", "Daily Example", "--format", "json")
    assert result.exit_code == 0, result.output
    added = json.loads(result.output)
    new_id = added["added"][0]["article_id"]
    (story,) = [f for f in added["findings"] if f["check"] == "syndicated-story"]
    assert story["severity"] == "info" and story["record_ids"] == ["001_34d5bd79dd6ecba0", new_id]
    assert not [f for f in added["findings"] if f["check"] == "duplicate-article"]
    assert run("build", "--repo", git_repo).exit_code == 0
    import pandas as pd

    articles = pd.read_parquet(git_repo / "_build" / "articles.parquet").set_index("article_id")
    assert articles.loc[new_id, "cluster_id"] == "001_34d5bd79dd6ecba0" == articles.loc["001_34d5bd79dd6ecba0", "cluster_id"]
    assert articles.loc["000_73309e156c90b8c6", "cluster_id"] == "000_73309e156c90b8c6"  # in no cluster: its own


@pytest.mark.parametrize("source, why", [
    ("https://sputnikglobe.com/20231020/", "from the same outlet"),  # another page of the same site
    (None, "names no source"),  # the original states no address or outlet
])
def test_a_copy_from_the_same_outlet_or_with_no_source_is_still_refused(git_repo, tmp_path, source, why):
    if source:
        copy = (git_repo / "seeds" / "001_34d5bd79dd6ecba0.txt").read_text().replace(SPUTNIK, source)
        extra = []
    else:
        copy = (git_repo / "seeds" / "000_73309e156c90b8c6.txt").read_text()
        extra = ["--url", "https://www.daily-example.org/world/2023/11/11/putin-xi"]
    path = tmp_path / "copy.txt"
    path.write_text(copy)
    result = run("add", "--repo", git_repo, path, *extra)
    assert result.exit_code == 1 and "duplicates the existing article" in result.output and why in result.output
    assert git_status(git_repo) == ""


def test_one_bad_file_refuses_the_whole_batch(git_repo, articles, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert run("add", "--repo", git_repo, articles["sco.txt"], empty).exit_code == 1
    assert git_status(git_repo) == ""


def test_validate_changed_reports_only_the_new_article(git_repo, articles):
    added = json.loads(run("add", "--repo", git_repo, articles["lavrov.md"], "--format", "json").output)
    new_id = added["added"][0]["article_id"]
    for base in ([], ["--base", "HEAD"]):
        result = run("validate", "--repo", git_repo, "--changed", *base, "--format", "json")
        assert result.exit_code == 0
        report = json.loads(result.output)
        assert report["target"].startswith("1 changed article")
        assert report["findings"] and all(f["check"] != "missing-date" for f in report["findings"])
        assert any(new_id in f["evidence"] or "mandalay" in f["record_ids"] for f in report["findings"])
    markdown = run("validate", "--repo", git_repo, "--changed", "--format", "markdown").output
    assert markdown.startswith("## ruchina quality report") and "| unlinked-entity-" in markdown


def test_validate_changed_fails_on_a_copied_seed(git_repo):
    seeds = git_repo / "seeds"
    (seeds / "999_copy.txt").write_bytes((seeds / "002_78cbc9635da60a2b.txt").read_bytes())
    result = run("validate", "--repo", git_repo, "--changed", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 1
    assert [f["check"] for f in json.loads(result.output)["findings"] if f["severity"] == "error"] == ["duplicate-article"]


def test_a_bad_git_base_is_one_line(git_repo):
    result = run("validate", "--repo", git_repo, "--changed", "--base", "no-such-ref")
    assert result.exit_code == 1 and result.output.startswith("error: git diff") and result.output.count("\n") == 1


def test_diff_between_releases(released_repo, articles):
    run("add", "--repo", released_repo, articles["sco.txt"])
    run("build", "--repo", released_repo)
    run("release", "--repo", released_repo)
    result = run("diff", "--repo", released_repo, "1.0.0", "1.1.0", "--format", "json")
    changes = json.loads(result.output)["changes"]
    assert changes[0].startswith("articles: 1 row added (005_")
    assert any(line.startswith("new article 005_") for line in changes)


# --- metadata for other tools -----------------------------------------------------------------------

@pytest.fixture
def new_release(released_repo, articles):
    run("add", "--repo", released_repo, articles["sco.txt"])
    run("build", "--repo", released_repo)
    run("release", "--repo", released_repo)
    return released_repo / "dataset" / "releases" / "1.1.0"


def test_frictionless_validates_the_datapackage(new_release):
    frictionless = pytest.importorskip("frictionless", reason="frictionless is a test dependency")
    report = frictionless.validate(str(new_release / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])


def test_datapackage_hashes_match_the_files(new_release):
    # Frictionless does not verify `hash` for Parquet resources: this test does.
    package = json.loads((new_release / "datapackage.json").read_text())
    for resource in package["resources"]:
        digest = hashlib.sha256((new_release / resource["path"]).read_bytes()).hexdigest()
        assert resource["hash"] == f"sha256:{digest}"
        assert resource["schema"]["primaryKey"]


def test_mlcroissant_validates_and_loads_the_croissant_file(new_release):
    mlcroissant = pytest.importorskip("mlcroissant", reason="mlcroissant is a test dependency")
    dataset = mlcroissant.Dataset(jsonld=str(new_release / "croissant.json"))
    assert not dataset.metadata.ctx.issues.errors
    records = list(dataset.records(record_set="articles"))
    assert len(records) == 6


def test_the_data_dictionary_is_up_to_date():
    committed = (PROJECT / DICTIONARY_PATH).read_text(encoding="utf-8")
    assert committed == render_data_dictionary(), "run: python -m ruchina.publish.data_dictionary"


def test_the_next_seed_number_follows_the_highest_numbered_name():
    import re

    from ruchina.text.seed_format import next_seed_number

    names = ["000_a.txt", "041_b.txt", "7_c.md", ".0999_hidden.tmp-1", "x_12.txt", "_5.txt", "12a_d.txt", "١٢٣_e.txt",
             "²_f.txt", "README.md", "040"]
    by_pattern = max((int(m.group(1)) for n in names if (m := re.match(r"^(\d+)_", n))), default=-1) + 1
    assert next_seed_number(names) == by_pattern == 124  # the Arabic-Indic 123 is a number, as \d says
    assert next_seed_number(["README.md"]) == next_seed_number([]) == 0

"""The HTML report, opened in a real headless Chromium: it renders without console
errors, shows the counts, every finding and one timeline mark per dated event, and
hostile article text stays inert."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import PROJECT

from ruchina.pipeline.build import build
from ruchina.publish.report import load_report_data, render_html
from ruchina.read.loader import ReleaseStore
from ruchina.store.repository import RepositoryFiles

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = PROJECT / "test-artifacts"


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run installs Debian's chromium package")
        pytest.skip("chromium is not installed (apt-get install chromium); CI installs it")
    playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test dependency")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"],
        )
        yield browser
        browser.close()


def open_report(browser, html: str, path: Path):
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    problems = []
    page.on("console", lambda message: problems.append(f"{message.type}: {message.text}")
            if message.type in ("error", "warning") else None)
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("request", lambda request: problems.append(f"request: {request.url}")
            if not request.url.startswith("file://") else None)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, problems


def test_the_seed_report_renders_everything(browser, tmp_path):
    store = ReleaseStore(PROJECT / "dataset" / "releases")
    version = store.latest()
    data = load_report_data(store.path(version), f"release {version}", store)
    page, problems = open_report(browser, render_html(data), tmp_path / "report.html")
    assert problems == []
    assert page.title() == f"ruchina {version} quality report"
    for table, frame in data.frames.items():
        assert page.inner_text(f"#count-{table} b") == f"{len(frame):,}"
    text = page.inner_text("body")
    for finding_id in data.frames["findings"]["finding_id"]:
        assert finding_id in text
        assert page.locator(f"[id='{finding_id}']").count() == 1
    dated = data.frames["events"]["start_date"].notna().sum()
    assert page.locator("#timeline [id^='event-']").count() == dated > 0
    assert page.locator("#undated-events tr").count() == len(data.frames["events"]) - dated + 1
    assert page.locator("mark").count() > 0, "evidence is highlighted in the article passages"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-seed.png"), full_page=True)
    assert (ARTIFACTS / "report-seed.png").stat().st_size > 10_000


HOSTILE = """date 2024-03-01 https://example.com/a

Title with <b>markup</b> and <script>window.__pwned = "title"</script>

A dek that sums up the story in one line.

Leaders met in Astana. <script>window.__pwned = "body"</script> They talked. The talks went on for hours.

An image <img src="x" onerror="window.__pwned = 'img'"> and a [link](javascript:window.__pwned='link') follow. <a href="javascript:window.__pwned='anchor'">click</a> here.

"<iframe src=\\"javascript:window.__pwned='frame'\\"></iframe>" said the <style>body{display:none}</style> minister."""


def test_hostile_article_text_stays_inert(browser, tmp_path):
    repo = tmp_path / "repo"
    (repo / "seeds").mkdir(parents=True)
    (repo / "checks").mkdir()
    shutil.copy(PROJECT / "checks" / "accepted.yaml", repo / "checks")
    (repo / "seeds" / "001_0123456789abcdef.txt").write_text(HOSTILE)
    (repo / "seeds" / "002_0123456789abcdef.txt").write_text(HOSTILE.replace("2024-03-01", "2024-03-02"))
    repository = RepositoryFiles.find(repo)
    result = build(repository)
    data = load_report_data(result.path, "build", repository.releases)
    assert any(f.check == "duplicate-article" for f in data.findings), "the hostile text reaches the findings"
    page, problems = open_report(browser, render_html(data), tmp_path / "hostile.html")
    assert problems == []
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("script, img, iframe, body a[href^='javascript']").count() == 0
    text = page.inner_text("body")
    assert '<script>window.__pwned = "body"</script>' in text, "shown as text"
    assert page.is_visible("h1")

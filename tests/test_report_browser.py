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


# --- a generated corpus of 2,000 articles, with titles in Russian and Chinese ---------------

GENERATED = 2000
#: Titles of our own words in Cyrillic and Chinese characters, with a body in each language.
#: Dated after the generator's articles (2015 to mid-2025), so that both are among the most recent.
RUSSIAN = ("date 2025-09-01 https://vesti.example.ru/2025/09/01/kazan\n\nЛидеры двух стран обсудили торговлю в Казани\n\n"
           "Руководители двух соседних государств встретились в Казани в понедельник и обсудили поставки зерна, "
           "новые мосты через реку и расчёты в национальных валютах.\n")
CHINESE = ("date 2025-09-02 https://news.example.cn/2025/09/02/kazan\n\n两国领导人在喀山讨论贸易合作\n\n"
           "两国领导人星期二在喀山会面，讨论了粮食运输、跨河大桥以及本币结算等问题。双方同意明年继续会谈。\n")
#: A character no font draws (private use): the browser draws the missing-glyph box for it.
TOFU = "\ue000"
CJK_FONT_MISSING = not shutil.which("fc-list") or not os.popen("fc-list :lang=zh").read().strip()


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """The report of a 2,000-article build (benchmarks/corpus.py, and the two titles above),
    built once for the module's tests."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("bench_corpus", PROJECT / "benchmarks" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = corpus  # its dataclasses look their module up
    spec.loader.exec_module(corpus)
    root = tmp_path_factory.mktemp("generated")
    repo = root / "repo"
    (repo / "checks").mkdir(parents=True)
    shutil.copy(PROJECT / "checks" / "accepted.yaml", repo / "checks")
    corpus.write_corpus(GENERATED - 2, repo)
    (repo / "seeds" / "900000_0123456789abcdef.txt").write_text(RUSSIAN, encoding="utf-8")
    (repo / "seeds" / "900001_0123456789abcdef.txt").write_text(CHINESE, encoding="utf-8")
    repository = RepositoryFiles.find(repo)
    result = build(repository)
    data = load_report_data(result.path, "build", repository.releases)
    path = root / "report.html"
    path.write_text(render_html(data), encoding="utf-8")
    return data, path


def _drawn_like_tofu(page, selector: str) -> float:
    """The share of the characters of the element's text that are drawn as wide as the
    missing-glyph box in the element's font: near 1 when its script has no font."""
    return page.evaluate(
        """([selector, tofu]) => {
            const cell = document.querySelector(selector);
            const probe = document.createElement("span");
            probe.style.cssText = "position:absolute;white-space:pre;visibility:hidden";
            probe.style.font = getComputedStyle(cell).font;
            cell.appendChild(probe);
            const width = (text) => { probe.textContent = text.repeat(8); return probe.getBoundingClientRect().width; };
            const box = width(tofu);
            const chars = [...cell.firstChild.textContent].filter((c) => c.trim());
            const like = chars.filter((c) => Math.abs(width(c) - box) < 0.5).length;
            probe.remove();
            return like / chars.length;
        }""",
        [selector, TOFU],
    )


def test_the_report_of_a_generated_corpus_renders_and_folds(browser, generated, tmp_path):
    data, path = generated
    page, problems = open_report(browser, path.read_text(encoding="utf-8"), tmp_path / "report.html")
    assert problems == []
    assert len(data.frames["articles"]) == GENERATED
    for table, frame in data.frames.items():
        assert page.inner_text(f"#count-{table} b") == f"{len(frame):,}"
    # The counts per check and severity are the findings table's.
    findings = data.frames["findings"]
    for (check, severity), count in findings.groupby(["check", "severity"]).size().items():
        assert page.inner_text(f"#count-check-{check}-{severity}") == f"{count:,}"
    for check, count in findings["check"].value_counts().items():
        assert page.inner_text(f"#count-check-{check}") == f"{count:,}"
    # The article index counts every article once per outlet, language and year, and lists
    # the most recent (the two dated after the generated ones among them).
    articles = data.frames["articles"]
    for key in ("outlet", "language", "year"):
        cells = page.locator(f"#by-{key} td.num").all_inner_texts()
        assert sum(int(c.replace(",", "")) for c in cells) == len(articles)
    assert page.locator("#articles tr").count() == 100 + 1
    # Past a few hundred dated events the timeline counts them by month.
    dated = int(data.frames["events"]["start_date"].notna().sum())
    assert dated > 300
    months = page.locator("#timeline [id^='month-']")
    assert sum(int(n) for n in months.evaluate_all("bars => bars.map(b => b.dataset.events)")) == dated
    assert page.locator("#timeline [id^='event-']").count() < 300
    assert path.stat().st_size < 1_500_000, "the page does not grow a row per article"
    folded = page.locator("details.more").first
    assert folded.count() == 1, "a group of more than 50 findings is folded"
    assert not folded.locator("li").first.is_visible()
    folded.locator("summary").click()
    assert folded.evaluate("element => element.open") is True
    assert folded.locator("li").first.is_visible()


def test_cyrillic_and_chinese_titles_are_drawn_not_boxes(browser, generated, tmp_path):
    _data, path = generated
    page, problems = open_report(browser, path.read_text(encoding="utf-8"), tmp_path / "report.html")
    assert problems == []
    russian = "#articles td[lang='ru']"
    chinese = "#articles td:has-text('两国领导人在喀山讨论贸易合作')"
    page.locator(chinese).first.evaluate("cell => cell.id = 'chinese-title'")
    # The look-alike: a string no font draws is measured as boxes (the measure can say no).
    page.evaluate(f"() => {{ const cell = document.createElement('td'); cell.id = 'tofu-title'; "
                  f"cell.textContent = '{TOFU * 6}'; document.querySelector('#articles tr').appendChild(cell); }}")
    assert _drawn_like_tofu(page, "#tofu-title") == 1.0
    assert _drawn_like_tofu(page, russian) < 0.5
    if CJK_FONT_MISSING and not os.environ.get("CI"):
        assert _drawn_like_tofu(page, "#chinese-title") >= 0.5, "with no font for Chinese, the measure sees boxes"
        pytest.skip("this machine has no font for Chinese (fc-list :lang=zh is empty): any page shows boxes; "
                    ".ci/run installs fonts-wqy-microhei")
    assert _drawn_like_tofu(page, "#chinese-title") < 0.5

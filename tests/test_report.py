"""The HTML report's findings section at scale, without a browser (test_report_browser.py
opens the page in Chromium): grouped by check and severity, each group folded past its
first FINDINGS_SHOWN, every finding still on the page once, every article text escaped."""

from __future__ import annotations

import re

import pandas as pd
from conftest import PROJECT

from ruchina.checks import Finding
from ruchina.publish.report import FINDINGS_SHOWN, ReportData, render_html
from ruchina.read.loader import ReleaseStore

HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="alert(1)">'


def _data_with(findings: list[Finding]) -> ReportData:
    store = ReleaseStore(PROJECT / "dataset" / "releases")
    articles = store.load("articles", store.latest())
    articles = articles.assign(body=articles["body"] + "\n\n" + HOSTILE)
    frames = {"articles": articles, "findings": pd.DataFrame([f.to_dict() for f in findings])}
    return ReportData("test", "0.0.0", None, frames, [], None)


def test_each_check_and_severity_is_folded_past_its_first_findings():
    ids = ReleaseStore(PROJECT / "dataset" / "releases").load("articles")["article_id"].tolist()
    many = FINDINGS_SHOWN + 70
    findings = [Finding.new("shared-passage", "info", "articles", [ids[i % len(ids)], ids[(i + 1) % len(ids)]],
                            f"passage {i} {HOSTILE}", evidence=f"“{HOSTILE}”", attribute=str(i)) for i in range(many)]
    findings += [Finding.new("duplicate-article", "error", "articles", ids[:2], "two copies", attribute="x")]
    data = _data_with(findings)
    page = render_html(data)
    assert data.bodies is data.bodies, "the bodies are looked up by id in one dict, made once"
    assert page.count("<details") == 1, "only the group past its first findings is folded"
    assert "70 more shared-passage info findings" in page
    assert 'ruchina.load(&quot;findings&quot;)' in page or 'ruchina.load("findings")' in page
    assert re.search(r'id="check-shared-passage-info"[^<]*<span class="badge info">info</span> 120', page)
    for finding in findings:
        assert page.count(f'id="{finding.finding_id}"') == 1, "every finding is on the page, once"
    folded = page.split("<details", 1)[1]
    assert folded.count("<blockquote>") == 0, "a folded finding is one line"
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;window.__pwned" in page


def test_the_timeline_is_one_escaped_mark_per_dated_event():
    from xml.etree import ElementTree

    from ruchina.publish.timeline import timeline_svg

    store = ReleaseStore(PROJECT / "dataset" / "releases")
    events = store.load("events")
    events.loc[events.index[0], "label"] = HOSTILE
    svg = ElementTree.fromstring(timeline_svg(events))
    marks = [e for e in svg.iter() if e.get("id", "").startswith("event-")]
    dated = events[events["start_date"].notna()]
    assert sorted(e.get("id") for e in marks) == sorted(f"event-{i}" for i in dated["event_id"])
    assert not [e for e in svg.iter() if e.tag.split("}")[-1] in ("script", "image", "foreignObject")]
    assert timeline_svg(events.iloc[0:0]) is None


def test_the_markdown_report_lists_the_first_findings_of_each_check_and_counts_the_rest():
    """The job summary holds 1 MiB: at 100,000 articles every finding would not fit."""
    from ruchina.publish.report import render_markdown

    ids = ReleaseStore(PROJECT / "dataset" / "releases").load("articles")["article_id"].tolist()
    story = [f"{n:06d}_wire" for n in range(300)]
    findings = [Finding.new("shared-passage", "info", "articles", [ids[i % len(ids)], ids[(i + 1) % len(ids)]],
                            f"passage {i}", evidence="quoted", attribute=f"p{i}") for i in range(FINDINGS_SHOWN + 70)]
    findings += [Finding.new("syndicated-story", "info", "articles", story, "one story in 300 articles",
                             attribute="story", id_records=[story[0]])]
    markdown = render_markdown(_data_with(findings))
    rows = [line for line in markdown.splitlines() if line.startswith("| shared-passage-")]
    assert len(rows) == FINDINGS_SHOWN
    assert "70 more shared-passage findings" in markdown
    # A cluster of 300 names its first 20 and counts the rest; a short list names every one.
    (wire,) = [line for line in markdown.splitlines() if line.startswith("| syndicated-story-")]
    assert "000019_wire, and 280 more" in wire and "000020_wire" not in wire
    assert "more syndicated-story findings" not in markdown

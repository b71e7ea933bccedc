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


def _large_corpus(n_articles: int, n_events: int, n_findings: int) -> ReportData:
    """Tables of a large corpus, made up: many outlets and years, events over ten years with
    a few meetings of the two leaders among them, one check with many findings."""
    import datetime as dt

    ids = [f"{i:06d}_{i:016x}" for i in range(n_articles)]
    articles = pd.DataFrame({
        "article_id": ids, "title": [f"Report {i} {HOSTILE}" for i in range(n_articles)],
        "outlet": [f"outlet{i % 700}.example.net" if i % 3 else None for i in range(n_articles)],
        "published_date": [dt.date(2015, 1, 1) + dt.timedelta(days=i % 3650) if i % 11 else None
                           for i in range(n_articles)],
        "language": ["en" if i % 4 else "ru" for i in range(n_articles)], "n_words": [300] * n_articles,
        "body": [f"Body {i}." for i in range(n_articles)]})
    leaders = ["Q7747", "Q15031"]
    events = pd.DataFrame({
        "event_id": [f"e{i:06d}" for i in range(n_events)], "label": [f"Event {i}" for i in range(n_events)],
        "event_type": ["meeting" if i % 2 else "call" for i in range(n_events)],
        "status": ["occurred"] * n_events,
        "start_date": [dt.date(2015, 1, 1) + dt.timedelta(days=(i * 7) % 3650) if i % 9 else None
                       for i in range(n_events)],
        "end_date": [None] * n_events, "date_precision": ["day"] * n_events,
        # Every 100th event is a meeting of the two leaders (odd: a meeting) or a call of theirs
        # (even: not a meeting); the rest have one of them with another leader.
        "participant_ids": [leaders if i % 100 in (1, 2) else ["Q7747", "Q1058"] for i in range(n_events)],
        "article_ids": [ids[i % n_articles: i % n_articles + 400] for i in range(n_events)]})
    entities = pd.DataFrame({
        "entity_id": ["Q7747", "Q15031"], "name": ["Vladimir Putin", "Xi Jinping"], "entity_type": ["PERSON"] * 2,
        "linked": [True, True], "n_mentions": [n_articles * 2, n_articles], "article_ids": [ids, ids[::2]]})
    findings = [Finding.new("missing-date", "warning", "articles", [ids[i % n_articles]], f"no date {i}", attribute=str(i))
                for i in range(n_findings)]
    findings += [Finding.new("syndicated-story", "info", "articles", ids[:300], "one story in 300 articles",
                             attribute="story", id_records=ids[:1])]
    frames = {"articles": articles, "entities": entities, "events": events,
              "findings": pd.DataFrame([f.to_dict() for f in findings])}
    return ReportData("test", "0.0.0", None, frames, [], None)


def test_the_page_is_bounded_by_what_it_shows_not_by_the_corpus():
    """Counts, the first of each kind and the folded rest, never a row per article or event."""
    from ruchina.publish.report_findings import FOLDED_LISTED

    small, large = _large_corpus(2_000, 4_000, 6_000), _large_corpus(20_000, 4_000, 6_000)
    small_page, large_page = render_html(small), render_html(large)
    assert len(large_page) < 1.05 * len(small_page) and len(large_page) < 600_000
    assert large_page.count('<tr><td><code>') == 100, "the 100 most recent articles"
    assert "000000_0000000000000000" not in large_page.split('id="articles"')[1], "the oldest is not among them"
    assert "<script" not in large_page and "&lt;script&gt;" in large_page
    # A cluster of 300 names its first 20 records and counts the rest.
    assert "and 280 more" in large_page
    # The folded group lists FOLDED_LISTED and counts what it leaves out.
    assert f"… and {6_000 - FINDINGS_SHOWN - FOLDED_LISTED:,} more, not listed here." in large_page
    # Counts per outlet, language and year add up to the articles.
    for table in ("by-outlet", "by-language", "by-year"):
        section = large_page.split(f'id="{table}"')[1].split("</table>")[0]
        assert sum(int(n.replace(",", "")) for n in re.findall(r'class="num">([0-9,]+)<', section)) == 20_000
    assert '<td>undated</td><td class="num">1,819</td>' in large_page  # every 11th of 20,000


def test_a_timeline_of_many_events_counts_them_by_month_and_draws_the_leaders_meetings():
    from xml.etree import ElementTree

    from ruchina.publish.report_html import _leader_meetings
    from ruchina.publish.timeline import BIN_PAST, timeline_svg

    events = _large_corpus(1_000, 4_000, 0).frames["events"]
    svg = ElementTree.fromstring(timeline_svg(events, individual=_leader_meetings))
    dated = events[events["start_date"].notna()]
    months = [e for e in svg.iter() if e.get("id", "").startswith("month-")]
    assert sum(int(m.get("data-events")) for m in months) == len(dated) > BIN_PAST
    assert len(months) == len({(d.year, d.month) for d in dated["start_date"]})
    drawn = sorted(e.get("id") for e in svg.iter() if e.get("id", "").startswith("event-"))
    # Only the meetings of the two leaders: not their calls, not a meeting of one of them.
    meetings = dated[(dated["event_type"] == "meeting") & dated["participant_ids"].map(lambda p: len(p) == 2 and "Q15031" in p)]
    assert drawn == sorted(f"event-{i}" for i in meetings["event_id"]) and 0 < len(drawn) < 100
    # At or under BIN_PAST, a row each as before.
    few = dated.head(BIN_PAST)
    svg = ElementTree.fromstring(timeline_svg(few, individual=_leader_meetings))
    assert len([e for e in svg.iter() if e.get("id", "").startswith("event-")]) == BIN_PAST
    assert not [e for e in svg.iter() if e.get("id", "").startswith("month-")]


def test_what_changed_lists_at_most_twenty_of_each_kind_and_points_to_diff():
    import pyarrow as pa

    from ruchina.publish.changelog import release_diffs
    from ruchina.publish.report_data import CHANGES_SHOWN, change_groups, flat_changes

    def articles(n):
        return pa.table({"article_id": [f"a{i:04d}" for i in range(n)], "title": [f"t{i} {HOSTILE}" for i in range(n)]})

    old, new = {"articles": articles(10)}, {"articles": articles(75)}
    groups = change_groups(release_diffs(old, new), old, new)
    (added,) = [g for g in groups if g.kind == "new articles"]
    assert added.total == 65 and len(added.lines) == CHANGES_SHOWN
    lines = flat_changes(groups, "ruchina diff 1.0.0 1.1.0")
    assert "45 more new articles: `ruchina diff 1.0.0 1.1.0`" in lines
    assert len([line for line in lines if line.startswith("new article ")]) == CHANGES_SHOWN
    data = _large_corpus(100, 10, 0)
    data.compared_with, data.change_groups, data.diff_command = "1.0.0", groups, "ruchina diff 1.0.0 1.1.0"
    page = render_html(data)
    assert page.count("<li>a00") == CHANGES_SHOWN
    assert "45 more: <code>ruchina diff 1.0.0 1.1.0</code>" in page
    assert "<script" not in page

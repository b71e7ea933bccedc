"""`ruchina report --format html`: one self-contained page, read from the top. First the
counts (per table and per check, with what changed in numbers since the release before),
then what changed (at most CHANGES_SHOWN items of each kind), the timeline, the most
mentioned entities, the findings grouped by check and severity (report_findings.py), and
the article index: counts per outlet, language and year, and the most recent articles.

Its size is bounded by what it shows, not by the corpus: nothing on it is a row per article
or per event once the corpus is large. The page loads nothing and runs no script: styles
are inline and the timeline is an inline SVG (timeline.py). Everything that comes from an
article is escaped, so hostile text (``<script>``, ``onerror=``, ``javascript:`` links) shows
as text.
"""

from __future__ import annotations

from html import escape

import pandas as pd

from ruchina.knowledge.base import read_knowledge_file
from ruchina.publish.report_data import ReportData
from ruchina.publish.report_findings import SEVERITY_ORDER, findings_html, text_of

TOP_ENTITIES = 20
#: Articles an entity's row names (hovering one shows its title).
ENTITY_ARTICLES_SHOWN = 5
RECENT_ARTICLES = 100
#: Outlets the index counts by name; the rest are counted together.
OUTLETS_SHOWN = 20

#: Fonts: the system's own, none loaded (the page calls nothing). Latin and Cyrillic from the
#: platform's interface font or the common families that carry Cyrillic (Roboto, Noto Sans,
#: Liberation, DejaVu, Arial); then the CJK families of macOS, Windows and Linux, so that a
#: Chinese title is drawn where the platform has any of them, not as boxes. A cell of an
#: article's title says its language (lang), which lets the browser pick the right CJK forms.
_STYLE = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans","DejaVu Sans",Arial,
"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",
"WenQuanYi Zen Hei",sans-serif;color:#1d2327;max-width:1100px;margin:2em auto;padding:0 1.2em}
h1{font-size:1.7em;margin-bottom:.1em}h2{margin-top:2em;border-bottom:2px solid #e4e7eb;padding-bottom:.2em}
.sub{color:#5b6770}table{border-collapse:collapse;width:100%;margin:.6em 0}
th,td{text-align:left;padding:.3em .6em;border-bottom:1px solid #e4e7eb;vertical-align:top}
th{background:#f5f7f9;font-weight:600}.num{text-align:right;font-variant-numeric:tabular-nums}
.cards{display:flex;gap:1em;flex-wrap:wrap}.card{border:1px solid #e4e7eb;border-radius:8px;padding:.6em 1em;min-width:8em}
.card b{display:block;font-size:1.6em}.delta{display:block;color:#5b6770;font-size:.8em}
.badge{display:inline-block;border-radius:4px;padding:0 .45em;font-size:.8em;
font-weight:600;color:#fff}.error{background:#b5432c}.warning{background:#b7791f}.info{background:#3b6e9c}
.accepted{background:#5b6770}.finding{border:1px solid #e4e7eb;border-left:4px solid #ccd3d9;border-radius:6px;
padding:.6em 1em;margin:.7em 0}.finding.sev-error{border-left-color:#b5432c}.finding.sev-warning{border-left-color:#b7791f}
.finding.sev-info{border-left-color:#3b6e9c}.finding code{font-size:.85em}blockquote{margin:.5em 0;padding:.3em .8em;
background:#f8f9fa;border-left:3px solid #ccd3d9;color:#333}mark{background:#ffe58a;padding:0 .1em}
.reason{color:#5b6770;font-style:italic}svg{max-width:100%;height:auto}
details.more{margin:.7em 0}details.more summary{cursor:pointer;font-weight:600}details.more li{margin:.2em 0}
.columns{display:flex;gap:2em;flex-wrap:wrap}.columns>div{flex:1;min-width:14em}
"""


def render_html(data: ReportData) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # No script, no remote resource: nothing on this page can run or call out.
        ("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "img-src data:\">"),
        f"<title>ruchina {escape(data.version)} quality report</title>",
        f"<style>{_STYLE}</style></head><body>",
        _summary(data),
        _checks(data),
        _changes(data),
        _timeline(data),
        _entities(data),
        findings_html(data),
        _articles(data),
        "</body></html>",
    ]
    return "\n".join(part for part in parts if part)


def _signed(number: int) -> str:
    return f"+{number:,}" if number > 0 else f"−{-number:,}" if number < 0 else "±0"


def _summary(data: ReportData) -> str:
    quality = data.quality
    counts = quality.counts()
    status = "valid" if quality.valid else "invalid"
    diffs = {d.table: d for d in data.diffs}
    cards = []
    for name, frame in data.frames.items():
        diff = diffs.get(name)
        delta = ""
        if diff is not None:
            said = [f"+{len(diff.added_rows):,}" if diff.added_rows else "",
                    f"−{len(diff.removed_rows):,}" if diff.removed_rows else "",
                    f"{len(diff.changed_rows):,} changed" if diff.changed_rows else ""]
            delta = f'<span class="delta">{" ".join(s for s in said if s) or "unchanged"}</span>'
        cards.append(f'<div class="card" id="count-{escape(name)}"><b>{len(frame):,}</b>{escape(name)}{delta}</div>')
    severities = " · ".join(
        f'<span class="badge {s}">{counts.get(s, 0):,} {s}</span>' for s in ("error", "warning", "info")
    )
    accepted = sum(1 for f in quality.findings if f.accepted)
    since = f" · compared with {escape(data.compared_with)}" if data.compared_with else ""
    return (
        f"<h1>ruchina {escape(data.version)}</h1>"
        f'<p class="sub">{escape(data.label)}{" · released " + escape(data.date) if data.date else ""} · '
        f'<span id="status">{status}</span>{since}</p>'
        f'<div class="cards">{"".join(cards)}</div>'
        f'<p id="severity-counts">Findings: {severities}'
        + (f" · {accepted:,} accepted" if accepted else "")
        + "</p>"
    )


def _checks(data: ReportData) -> str:
    """A row per check: its findings per severity, and the change since the release before."""
    counts, before = data.check_counts, data.previous_counts
    checks = sorted({check for check, _ in counts} | {check for check, _ in (before or {})})
    if not checks:
        return ""
    since = f"<th class=\"num\">since {escape(data.compared_with)}</th>" if before is not None else ""
    rows = []
    for check in checks:
        cells = "".join(
            f'<td class="num" id="count-check-{escape(check)}-{s}">{counts.get((check, s), 0):,}</td>'
            for s in SEVERITY_ORDER)
        total = sum(counts.get((check, s), 0) for s in SEVERITY_ORDER)
        change = ""
        if before is not None:
            change = f'<td class="num">{_signed(total - sum(before.get((check, s), 0) for s in SEVERITY_ORDER))}</td>'
        name = (f'<a href="#check-{escape(check)}">{escape(check)}</a>' if total else escape(check))
        rows.append(f'<tr><td>{name}</td>{cells}<td class="num" id="count-check-{escape(check)}">{total:,}</td>'
                    f"{change}</tr>")
    head = "".join(f"<th class=\"num\">{s}</th>" for s in SEVERITY_ORDER)
    return (f'<table id="checks"><tr><th>check</th>{head}<th class="num">all</th>{since}</tr>'
            f'{"".join(rows)}</table>')


def _changes(data: ReportData) -> str:
    if not data.compared_with:
        return "<h2>What changed</h2><p>This is the first release.</p>"
    sections = []
    for group in data.change_groups:
        items = "".join(f"<li>{escape(line)}</li>" for line in group.lines)
        more = (f'<p class="sub">{group.total - len(group.lines):,} more: <code>{escape(data.diff_command)}</code></p>'
                if group.total > len(group.lines) else "")
        sections.append(f"<h3>{escape(group.kind)} ({group.total:,})</h3><ul>{items}</ul>{more}")
    body = "".join(sections) or "<p>No differences.</p>"
    return (f'<h2>What changed since {escape(data.compared_with)}</h2><div id="changes">{body}'
            f'<p class="sub">Every change: <code>{escape(data.diff_command)}</code></p></div>')


def _leader_meetings(events: pd.DataFrame) -> pd.Series:
    """Which events are meetings of the two leaders (knowledge/report.yaml)."""
    settings = read_knowledge_file("report").get("timeline", {})
    leaders, types = set(settings.get("leaders", [])), set(settings.get("event_types", []))
    return events["event_type"].isin(types) & events["participant_ids"].map(lambda ids: leaders <= set(ids))


def _timeline(data: ReportData) -> str:
    from ruchina.publish.timeline import BIN_PAST, timeline_svg

    events = data.frames.get("events")
    if events is None:
        return ""
    svg = timeline_svg(events, individual=_leader_meetings)
    undated = events[events["start_date"].isna()]
    rows = "".join(
        f"<tr><td>{escape(e.label)}</td><td>{escape(e.event_type)}</td><td>{escape(e.status)}</td>"
        f"<td>{escape(', '.join(e.article_ids[:ENTITY_ARTICLES_SHOWN]))}"
        f"{'' if len(e.article_ids) <= ENTITY_ARTICLES_SHOWN else f' and {len(e.article_ids) - ENTITY_ARTICLES_SHOWN:,} more'}"
        "</td></tr>"
        for e in undated.head(BIN_PAST).itertuples(index=False)
    )
    unlisted = len(undated) - min(len(undated), BIN_PAST)
    undated_table = (
        f"<h3>Undated events ({len(undated):,})</h3><table id=\"undated-events\"><tr><th>event</th><th>type</th>"
        f"<th>status</th><th>articles</th></tr>{rows}</table>"
        + (f'<p class="sub">… and {unlisted:,} more undated events: <code>e = ruchina.load("events"); '
           f'e[e["start_date"].isna()]</code></p>' if unlisted else "") if len(undated) else ""
    )
    dated = int(events["start_date"].notna().sum())
    caption = ("A dot is a day; a bar a week, month or year, as precisely as the articles date it."
               if dated <= BIN_PAST else
               f"{dated:,} dated events, counted by month of their start (hover a bar for its count); the meetings "
               "of the two leaders drawn one by one: a dot is a day, a bar a week, month or year.")
    chart = (f'<figure id="timeline">{svg}<figcaption class="sub">{caption}</figcaption></figure>'
             if svg else "<p>No event is dated.</p>")
    return f"<h2>Timeline of events</h2>{chart}{undated_table}"


def _entities(data: ReportData) -> str:
    entities = data.frames.get("entities")
    if entities is None:
        return ""
    top = entities.sort_values(["n_mentions", "entity_id"], ascending=[False, True]).head(TOP_ENTITIES)
    titles = data.titles_of({a for ids in top["article_ids"] for a in ids[:ENTITY_ARTICLES_SHOWN]})
    new_badge = ' <span class="badge info">new</span>'
    rows = "".join(
        f"<tr><td>{escape(e.name)}{'' if e.linked else new_badge}</td>"
        f"<td>{escape(e.entity_type)}</td><td class=\"num\">{e.n_mentions:,}</td>"
        f"<td class=\"num\">{len(e.article_ids):,}</td><td>{_article_links(e.article_ids, titles)}</td></tr>"
        for e in top.itertuples(index=False)
    )
    return (f"<h2>Most mentioned entities</h2><table id=\"entities\"><tr><th>entity</th><th>type</th>"
            f"<th class=\"num\">mentions</th><th class=\"num\">articles</th><th>first articles</th></tr>{rows}</table>")


def _article_links(article_ids, titles: dict[str, str]) -> str:
    """The first article ids, each with its title on hover, and how many more."""
    shown = ", ".join(f'<code title="{escape(text_of(titles.get(a)) or a)}">{escape(a)}</code>'
                      for a in article_ids[:ENTITY_ARTICLES_SHOWN])
    more = len(article_ids) - ENTITY_ARTICLES_SHOWN
    return shown + (f" and {more:,} more" if more > 0 else "")


def _articles(data: ReportData) -> str:
    """The article index: counts per outlet, language and year, and the most recent articles."""
    articles = data.frames.get("articles")
    if articles is None:
        return ""
    published = pd.to_datetime(articles["published_date"])
    years = published.dt.year.map(lambda year: "undated" if pd.isna(year) else str(int(year)))
    outlets = articles["outlet"].fillna("(no outlet)")
    languages = articles["language"].fillna("(unknown)")
    columns = "".join(f"<div>{_counted(title, key, values, limit)}</div>" for title, key, values, limit in (
        ("outlet", "outlets", outlets, OUTLETS_SHOWN), ("language", "languages", languages, None),
        ("year", "years", years, None)))
    # Sorted by the two columns alone, then the 100 rows taken: sorting the frame would
    # move every body (2.8 s at 100,000 articles).
    order = (pd.DataFrame({"date": published, "id": articles["article_id"]})
             .sort_values(["date", "id"], ascending=[False, False], na_position="last").index[:RECENT_ARTICLES])
    recent = articles[["article_id", "title", "outlet", "published_date", "n_words", "language"]].loc[order]
    rows = "".join(
        f"<tr><td><code>{escape(a.article_id)}</code></td><td{_lang(a.language)}>{escape(text_of(a.title, '(no title)'))}</td>"
        f"<td>{escape(text_of(a.outlet))}</td><td>{escape(text_of(a.published_date, 'undated'))}</td>"
        f"<td class=\"num\">{a.n_words:,}</td></tr>"
        for a in recent.itertuples(index=False)
    )
    return (f"<h2>Articles ({len(articles):,})</h2><div class=\"columns\" id=\"article-counts\">{columns}</div>"
            f"<h3>The {len(recent):,} most recent</h3>"
            f"<table id=\"articles\"><tr><th>id</th><th>title</th><th>outlet</th><th>published</th>"
            f"<th class=\"num\">words</th></tr>{rows}</table>"
            + ('<p class="sub">Every article: <code>ruchina.load("articles")</code>.</p>'
               if len(articles) > len(recent) else ""))


def _counted(title: str, key: str, values: pd.Series, limit: int | None) -> str:
    """A table of how many articles have each value, most first; past ``limit`` values,
    the rest in one row."""
    counts = values.value_counts(sort=False).sort_index()
    if key == "years":
        counts = counts.sort_index(ascending=False)
    else:
        counts = counts.sort_values(ascending=False, kind="stable")
    shown = counts if limit is None else counts.head(limit)
    rows = "".join(f'<tr><td>{escape(str(value))}</td><td class="num">{count:,}</td></tr>'
                   for value, count in shown.items())
    rest = counts.iloc[len(shown):]
    if len(rest):
        rows += f'<tr><td class="sub">{len(rest):,} other {key}</td><td class="num">{int(rest.sum()):,}</td></tr>'
    return (f'<table id="by-{key[:-1]}"><tr><th>{title} ({len(counts):,})</th><th class="num">articles</th></tr>'
            f"{rows}</table>")


def _lang(language) -> str:
    """A lang attribute for a cell in ``language`` (an ISO 639-1 code), or nothing."""
    return f' lang="{escape(language)}"' if isinstance(language, str) and language.isalpha() else ""

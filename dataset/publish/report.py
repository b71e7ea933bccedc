"""`ruchina report`: a release's (or a build's) quality report, as one self-contained HTML
page an editor can read in a minute, as Markdown for CI job summaries, or as JSON.

The page loads nothing from the network and runs no script: styles are inline and the
timeline is an inline SVG (timeline.py). Everything that comes from an article is
escaped, so hostile text (``<script>``, ``onerror=``, ``javascript:`` links) shows as text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from html import escape
from pathlib import Path

import pandas as pd

from ruchina.atomic import write_bytes_atomically
from ruchina.checks import Finding, Report
from ruchina.checks.report import report_to_markdown
from ruchina.errors import UnsupportedFormatError, UsageError
from ruchina.publish.changelog import describe_diffs, release_diffs
from ruchina.read.loader import ReleaseStore, convert_table, read_verified_table, version_key
from ruchina.read.manifest import read_manifest

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
TOP_ENTITIES = 20
#: Findings of one check and severity shown in full; the rest of the group is folded.
FINDINGS_SHOWN = 50


@dataclass
class ReportData:
    label: str
    version: str
    date: str | None
    frames: dict[str, pd.DataFrame]
    changes: list[str]
    compared_with: str | None

    @property
    def findings(self) -> list[Finding]:
        frame = self.frames.get("findings")
        if frame is None:
            return []
        return [Finding.from_row(row) for row in frame.to_dict("records")]

    @property
    def quality(self) -> Report:
        return Report(target=self.label, findings=self.findings)

    @cached_property
    def bodies(self) -> dict[str, str]:
        """Every article's body by id, made once: a finding looks its articles up here
        (made per finding, 1,000 articles took 48 s)."""
        articles = self.frames.get("articles")
        return {} if articles is None else dict(zip(articles["article_id"], articles["body"]))

    @cached_property
    def claims_by_id(self) -> dict[str, dict]:
        """Every claim's article, span and sentence by claim id, made once."""
        claims = self.frames.get("claims")
        if claims is None:
            return {}
        columns = ["claim_id", "article_id", "char_start", "char_end", "sentence"]
        return {row["claim_id"]: row for row in claims[columns].to_dict("records")}


def load_report_data(directory: Path, label: str, store: ReleaseStore) -> ReportData:
    """The tables of a release or build directory, and what changed since the release
    before it (for a build: the latest release)."""
    manifest = read_manifest(directory)
    tables = {name: read_verified_table(directory, name, manifest) for name in manifest.tables}
    versions = store.versions()
    if directory.resolve().parent == store.root.resolve():  # a release: compare with the one before it
        versions = [v for v in versions if version_key(v) < version_key(manifest.version)]
    compared_with = versions[-1] if versions else None
    changes: list[str] = []
    if compared_with:
        old = {name: store.read_arrow(name, compared_with) for name in store.manifest(compared_with).tables}
        changes = describe_diffs(release_diffs(old, tables), old, tables)
    frames = {name: convert_table(table, "pandas") for name, table in tables.items()}
    return ReportData(label, manifest.version, manifest.date, frames, changes, compared_with)


# --- HTML -------------------------------------------------------------------------------

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
.card b{display:block;font-size:1.6em}.badge{display:inline-block;border-radius:4px;padding:0 .45em;font-size:.8em;
font-weight:600;color:#fff}.error{background:#b5432c}.warning{background:#b7791f}.info{background:#3b6e9c}
.accepted{background:#5b6770}.finding{border:1px solid #e4e7eb;border-left:4px solid #ccd3d9;border-radius:6px;
padding:.6em 1em;margin:.7em 0}.finding.sev-error{border-left-color:#b5432c}.finding.sev-warning{border-left-color:#b7791f}
.finding.sev-info{border-left-color:#3b6e9c}.finding code{font-size:.85em}blockquote{margin:.5em 0;padding:.3em .8em;
background:#f8f9fa;border-left:3px solid #ccd3d9;color:#333}mark{background:#ffe58a;padding:0 .1em}
.reason{color:#5b6770;font-style:italic}svg{max-width:100%;height:auto}
details.more{margin:.7em 0}details.more summary{cursor:pointer;font-weight:600}details.more li{margin:.2em 0}
"""


def render_html(data: ReportData) -> str:
    quality = data.quality
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # No script, no remote resource: nothing on this page can run or call out.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "img-src data:\">",
        f"<title>ruchina {escape(data.version)} quality report</title>",
        f"<style>{_STYLE}</style></head><body>",
        _summary(data, quality),
        _changes(data),
        _timeline(data),
        _entities(data),
        _findings(data, quality),
        _articles(data),
        "</body></html>",
    ]
    return "\n".join(part for part in parts if part)


def _summary(data: ReportData, quality: Report) -> str:
    counts = quality.counts()
    status = "valid" if quality.valid else "invalid"
    cards = "".join(
        f'<div class="card" id="count-{escape(name)}"><b>{len(frame):,}</b>{escape(name)}</div>'
        for name, frame in data.frames.items()
    )
    severities = " · ".join(
        f'<span class="badge {s}">{counts.get(s, 0)} {s}</span>' for s in ("error", "warning", "info")
    )
    accepted = sum(1 for f in quality.findings if f.accepted)
    return (
        f"<h1>ruchina {escape(data.version)}</h1>"
        f'<p class="sub">{escape(data.label)}{" · released " + escape(data.date) if data.date else ""} · '
        f'<span id="status">{status}</span></p>'
        f'<div class="cards">{cards}</div>'
        f'<p id="severity-counts">Findings: {severities}'
        + (f" · {accepted} accepted" if accepted else "")
        + "</p>"
    )


def _changes(data: ReportData) -> str:
    if not data.compared_with:
        return "<h2>What changed</h2><p>This is the first release.</p>"
    items = "".join(f"<li>{escape(line)}</li>" for line in data.changes)
    return f"<h2>What changed since {escape(data.compared_with)}</h2><ul id=\"changes\">{items}</ul>"


def _timeline(data: ReportData) -> str:
    from ruchina.publish.timeline import timeline_svg

    events = data.frames.get("events")
    if events is None:
        return ""
    svg = timeline_svg(events)
    undated = events[events["start_date"].isna()]
    rows = "".join(
        f"<tr><td>{escape(e.label)}</td><td>{escape(e.event_type)}</td><td>{escape(e.status)}</td>"
        f"<td>{escape(', '.join(e.article_ids))}</td></tr>"
        for e in undated.itertuples(index=False)
    )
    undated_table = (
        f"<h3>Undated events ({len(undated)})</h3><table id=\"undated-events\"><tr><th>event</th><th>type</th>"
        f"<th>status</th><th>articles</th></tr>{rows}</table>" if len(undated) else ""
    )
    chart = (f'<figure id="timeline">{svg}<figcaption class="sub">A dot is a day; a bar a week, month or '
             "year, as precisely as the articles date it.</figcaption></figure>") if svg else "<p>No event is dated.</p>"
    return f"<h2>Timeline of events</h2>{chart}{undated_table}"


def _entities(data: ReportData) -> str:
    entities = data.frames.get("entities")
    if entities is None:
        return ""
    titles = _article_titles(data)
    top = entities.sort_values(["n_mentions", "entity_id"], ascending=[False, True]).head(TOP_ENTITIES)
    new_badge = ' <span class="badge info">new</span>'
    rows = "".join(
        f"<tr><td>{escape(e.name)}{'' if e.linked else new_badge}</td>"
        f"<td>{escape(e.entity_type)}</td><td class=\"num\">{e.n_mentions}</td>"
        f"<td>{_article_links(e.article_ids, titles)}</td></tr>"
        for e in top.itertuples(index=False)
    )
    return (f"<h2>Most mentioned entities</h2><table id=\"entities\"><tr><th>entity</th><th>type</th>"
            f"<th class=\"num\">mentions</th><th>articles</th></tr>{rows}</table>")


def _article_links(article_ids, titles: dict[str, str]) -> str:
    """Article ids, each with its title on hover."""
    return ", ".join(f'<code title="{escape(titles.get(a, a))}">{escape(a)}</code>' for a in article_ids)


def _findings(data: ReportData, quality: Report) -> str:
    """The findings grouped by check and severity; past its first FINDINGS_SHOWN, a group
    is folded into one <details> that lists the rest in a line each."""
    if not quality.findings:
        return "<h2>Findings</h2><p>No findings.</p>"
    groups: dict[str, dict[str, list[Finding]]] = {}
    for finding in sorted(quality.findings, key=lambda f: (f.check, SEVERITY_ORDER[f.severity], f.finding_id)):
        groups.setdefault(finding.check, {}).setdefault(finding.severity, []).append(finding)
    sections = ["<h2>Findings</h2>"]
    for check, by_severity in groups.items():
        total = sum(len(findings) for findings in by_severity.values())
        sections.append(f'<h3 id="check-{escape(check)}">{escape(check)} ({total:,})</h3>')
        for severity, findings in by_severity.items():
            sections.append(f'<h4 id="check-{escape(check)}-{severity}"><span class="badge {severity}">'
                            f"{severity}</span> {len(findings):,}</h4>")
            sections.extend(_finding(data, f) for f in findings[:FINDINGS_SHOWN])
            if len(findings) > FINDINGS_SHOWN:
                sections.append(_folded(check, severity, findings[FINDINGS_SHOWN:]))
    return "\n".join(sections)


def _folded(check: str, severity: str, findings: list[Finding]) -> str:
    """The rest of a group, a line each, and how to list them all with their evidence."""
    lines = "".join(
        f'<li id="{escape(f.finding_id)}"><code>{escape(f.finding_id)}</code>'
        f"{' (accepted)' if f.accepted else ''} · {escape(', '.join(f.record_ids))}: {escape(f.message)}</li>"
        for f in findings
    )
    how = (f"All of them, with their evidence: <code>f = ruchina.load(\"findings\"); "
           f"f[(f[\"check\"] == \"{escape(check)}\") &amp; (f[\"severity\"] == \"{severity}\")]</code> "
           "(for a build: <code>pandas.read_parquet(\"_build/findings.parquet\")</code>), or "
           "<code>ruchina validate --format json</code>.")
    return (f'<details class="more"><summary>{len(findings):,} more {escape(check)} {severity} findings</summary>'
            f'<p class="sub">{how}</p><ul>{lines}</ul></details>')


def _finding(data: ReportData, finding: Finding) -> str:
    badge = f'<span class="badge {finding.severity}">{finding.severity}</span>'
    if finding.accepted:
        badge += ' <span class="badge accepted">accepted</span>'
    reason = f'<p class="reason">Accepted: {escape(_text(finding.accepted_reason))}</p>' if finding.accepted else ""
    return (
        f'<div class="finding sev-{finding.severity}" id="{escape(finding.finding_id)}">'
        f"{badge} <code>{escape(finding.finding_id)}</code> · {escape(finding.table)}: "
        f"{escape(', '.join(finding.record_ids))}<p>{escape(finding.message)}</p>"
        f"{_passages(data, finding)}{reason}</div>"
    )


def _passages(data: ReportData, finding: Finding) -> str:
    """The article text behind a finding, its evidence marked."""
    if finding.table == "claims" and "claims" in data.frames:
        claims = data.claims_by_id
        quotes = []
        for claim_id in finding.record_ids:
            if claim_id in claims:
                claim = claims[claim_id]
                body = data.bodies.get(claim["article_id"], "")
                value = body[claim["char_start"]:claim["char_end"]]
                quotes.append(f"<blockquote><b>{escape(claim['article_id'])}</b>: "
                              f"{_mark(claim['sentence'], value)}</blockquote>")
        return "".join(quotes)
    if finding.table == "articles":
        body = data.bodies.get(finding.record_ids[0], "") if finding.record_ids else ""
        quoted = finding.evidence.strip().strip("“”").rstrip("…")
        paragraph = next((p for p in body.split("\n\n") if quoted and quoted[:60] in p), None)
        if paragraph:
            return f"<blockquote>{_mark(paragraph, quoted)}</blockquote>"
    return f"<blockquote>{escape(finding.evidence)}</blockquote>" if finding.evidence else ""


def _mark(text: str, part: str) -> str:
    """``text`` escaped, with the first occurrence of ``part`` in <mark>."""
    position = text.find(part) if part else -1
    if position < 0:
        return escape(text)
    end = position + len(part)
    return f"{escape(text[:position])}<mark>{escape(text[position:end])}</mark>{escape(text[end:])}"


def _articles(data: ReportData) -> str:
    articles = data.frames.get("articles")
    if articles is None:
        return ""
    rows = "".join(
        f"<tr><td><code>{escape(a.article_id)}</code></td><td{_lang(a.language)}>{escape(_text(a.title, '(no title)'))}</td>"
        f"<td>{escape(_text(a.outlet))}</td><td>{escape(_text(a.published_date, 'undated'))}</td>"
        f"<td class=\"num\">{a.n_words}</td></tr>"
        for a in articles.itertuples(index=False)
    )
    return (f"<h2>Articles</h2><table id=\"articles\"><tr><th>id</th><th>title</th><th>outlet</th><th>published</th>"
            f"<th class=\"num\">words</th></tr>{rows}</table>")


def _lang(language) -> str:
    """A lang attribute for a cell in ``language`` (an ISO 639-1 code), or nothing."""
    return f' lang="{escape(language)}"' if isinstance(language, str) and language.isalpha() else ""


def _article_titles(data: ReportData) -> dict[str, str]:
    articles = data.frames.get("articles")
    if articles is None:
        return {}
    return {a: f"{a} ({_text(t)})" if _text(t) else a for a, t in zip(articles["article_id"], articles["title"])}


def _text(value, default: str = "") -> str:
    """A cell as text: nulls (None, NaN, NaT) become ``default``."""
    return default if value is None or value != value else str(value)


# --- Markdown and JSON ----------------------------------------------------------------------


def render_markdown(data: ReportData) -> str:
    counts = " · ".join(f"{name}: {len(frame):,}" for name, frame in data.frames.items())
    lines = [f"# ruchina {data.version}", "", f"{data.label} — {counts}", ""]
    if data.compared_with:
        lines += [f"**Changes since {data.compared_with}:**", ""] + [f"- {line}" for line in data.changes] + [""]
    # Under GitHub's 1 MiB job-summary limit at any size: the first findings of each check.
    return "\n".join(lines) + report_to_markdown(data.quality, per_check=FINDINGS_SHOWN, records_shown=20)


def render_json(data: ReportData) -> str:
    quality = data.quality.to_dict()
    events = data.frames.get("events")
    timeline = [] if events is None else [
        {"event_id": e.event_id, "label": e.label, "start_date": str(e.start_date) if e.start_date else None,
         "end_date": str(e.end_date) if e.end_date else None, "date_precision": e.date_precision}
        for e in events.itertuples(index=False)
    ]
    payload = {
        "version": data.version,
        "label": data.label,
        "rows": {name: len(frame) for name, frame in data.frames.items()},
        "compared_with": data.compared_with,
        "changes": data.changes,
        "timeline": timeline,
        **quality,
    }
    return json.dumps(payload, indent=2, ensure_ascii=False)


RENDERERS = {"html": render_html, "md": render_markdown, "json": render_json}


@dataclass
class RenderedReport:
    """A quality report, rendered: `ruchina report`."""

    text: str
    format: str
    #: what it reports on: "release 1.2.0", "build _build"
    label: str
    #: the data version of that release or build
    version: str
    #: its findings
    quality: Report
    #: where it was written, if it was
    path: Path | None = None


def render_report(store: ReleaseStore, format: str = "html", release: str | None = None,
                  build_dir: Path | str | None = None, out: Path | str | None = None) -> RenderedReport:
    """The quality report of a release of ``store`` (default: the latest) or of the build in
    ``build_dir``, with what changed since the release before it; written to ``out``
    (atomically) when given."""
    if format not in RENDERERS:
        raise UnsupportedFormatError(format, RENDERERS)
    if release and build_dir:
        raise UsageError("report on a release or on a build directory, not both")
    if build_dir:
        data = load_report_data(Path(build_dir), f"build {build_dir}", store)
    else:
        version = release or store.latest()
        data = load_report_data(store.path(version), f"release {version}", store)
    text = RENDERERS[format](data)
    if out:
        write_bytes_atomically(Path(out), text.encode("utf-8"))
    return RenderedReport(text, format, data.label, data.version, data.quality, Path(out) if out else None)

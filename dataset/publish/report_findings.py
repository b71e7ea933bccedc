"""The findings of the HTML report (report_html.py), grouped by check and severity: the
first FINDINGS_SHOWN of a group in full, with the article text behind each, its evidence
marked; the rest folded into one <details>, a line each, up to FOLDED_LISTED, and how to
list them all. Every text from an article is escaped."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

import pandas as pd

from ruchina.checks import Finding
from ruchina.publish.report_data import ReportData

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
#: Findings of one check and severity shown in full; the rest of the group is folded.
FINDINGS_SHOWN = 50
#: Findings a folded group lists, a line each (at 100,000 articles a check can have tens of
#: thousands: the page would be their list); the rest are counted, with how to list them.
FOLDED_LISTED = 500
#: Records a finding names on the page (a wire story's cluster has hundreds).
RECORDS_SHOWN = 20


def findings_html(data: ReportData) -> str:
    findings = data.findings
    if not findings:
        return "<h2>Findings</h2><p>No findings.</p>"
    groups: dict[str, dict[str, list[Finding]]] = {}
    for finding in sorted(findings, key=lambda f: (f.check, SEVERITY_ORDER[f.severity], f.finding_id)):
        groups.setdefault(finding.check, {}).setdefault(finding.severity, []).append(finding)
    shown = [f for by_severity in groups.values() for group in by_severity.values() for f in group[:FINDINGS_SHOWN]]
    texts = _Texts.of(data, shown)
    sections = ["<h2>Findings</h2>"]
    for check, by_severity in groups.items():
        total = sum(len(group) for group in by_severity.values())
        sections.append(f'<h3 id="check-{escape(check)}">{escape(check)} ({total:,})</h3>')
        for severity, group in by_severity.items():
            sections.append(f'<h4 id="check-{escape(check)}-{severity}"><span class="badge {severity}">'
                            f"{severity}</span> {len(group):,}</h4>")
            sections.extend(_finding(texts, f) for f in group[:FINDINGS_SHOWN])
            if len(group) > FINDINGS_SHOWN:
                sections.append(_folded(check, severity, group[FINDINGS_SHOWN:]))
    return "\n".join(sections)


def _how_to_list(check: str, severity: str) -> str:
    return (f"All of them, with their evidence: <code>f = ruchina.load(\"findings\"); "
            f"f[(f[\"check\"] == \"{escape(check)}\") &amp; (f[\"severity\"] == \"{severity}\")]</code> "
            "(for a build: <code>pandas.read_parquet(\"_build/findings.parquet\")</code>), or "
            "<code>ruchina validate --format json</code>.")


def _folded(check: str, severity: str, findings: list[Finding]) -> str:
    """The rest of a group, a line each, and how to list them all with their evidence."""
    listed = findings[:FOLDED_LISTED]
    lines = "".join(
        f'<li id="{escape(f.finding_id)}"><code>{escape(f.finding_id)}</code>'
        f"{' (accepted)' if f.accepted else ''} · {escape(_records(f.record_ids))}: {escape(f.message)}</li>"
        for f in listed
    )
    unlisted = len(findings) - len(listed)
    rest = f'<p class="sub unlisted">… and {unlisted:,} more, not listed here.</p>' if unlisted else ""
    return (f'<details class="more"><summary>{len(findings):,} more {escape(check)} {severity} findings</summary>'
            f'<p class="sub">{_how_to_list(check, severity)}</p><ul>{lines}</ul>{rest}</details>')


def _records(record_ids) -> str:
    """The first RECORDS_SHOWN ids, and how many more."""
    shown = ", ".join(record_ids[:RECORDS_SHOWN])
    return shown + (f", and {len(record_ids) - RECORDS_SHOWN:,} more" if len(record_ids) > RECORDS_SHOWN else "")


@dataclass
class _Texts:
    """The article bodies and claims the findings shown in full quote, looked up once by id
    (per finding, over every article, 1,000 articles took 48 s)."""

    bodies: dict[str, str]
    claims: dict[str, dict]

    @classmethod
    def of(cls, data: ReportData, findings: list[Finding]) -> _Texts:
        claim_ids = {c for f in findings if f.table == "claims" for c in f.record_ids[:RECORDS_SHOWN]}
        claims = data.claims_of(claim_ids) if claim_ids and "claims" in data.frames else {}
        article_ids = {f.record_ids[0] for f in findings if f.table == "articles" and f.record_ids}
        article_ids |= {claim["article_id"] for claim in claims.values()}
        return cls(data.bodies_of(article_ids), claims)


def _finding(texts: _Texts, finding: Finding) -> str:
    badge = f'<span class="badge {finding.severity}">{finding.severity}</span>'
    if finding.accepted:
        badge += ' <span class="badge accepted">accepted</span>'
    reason = f'<p class="reason">Accepted: {escape(text_of(finding.accepted_reason))}</p>' if finding.accepted else ""
    return (
        f'<div class="finding sev-{finding.severity}" id="{escape(finding.finding_id)}">'
        f"{badge} <code>{escape(finding.finding_id)}</code> · {escape(finding.table)}: "
        f"{escape(_records(finding.record_ids))}<p>{escape(finding.message)}</p>"
        f"{_passages(texts, finding)}{reason}</div>"
    )


def _passages(texts: _Texts, finding: Finding) -> str:
    """The article text behind a finding, its evidence marked."""
    if finding.table == "claims" and texts.claims:
        claims = texts.claims
        quotes = []
        for claim_id in finding.record_ids[:RECORDS_SHOWN]:
            if claim_id in claims:
                claim = claims[claim_id]
                body = texts.bodies.get(claim["article_id"], "")
                value = body[claim["char_start"]:claim["char_end"]]
                quotes.append(f"<blockquote><b>{escape(claim['article_id'])}</b>: "
                              f"{mark(claim['sentence'], value)}</blockquote>")
        return "".join(quotes)
    if finding.table == "articles":
        body = texts.bodies.get(finding.record_ids[0], "") if finding.record_ids else ""
        quoted = finding.evidence.strip().strip("“”").rstrip("…")
        paragraph = next((p for p in body.split("\n\n") if quoted and quoted[:60] in p), None)
        if paragraph:
            return f"<blockquote>{mark(paragraph, quoted)}</blockquote>"
    return f"<blockquote>{escape(finding.evidence)}</blockquote>" if finding.evidence else ""


def mark(text: str, part: str) -> str:
    """``text`` escaped, with the first occurrence of ``part`` in <mark>."""
    position = text.find(part) if part else -1
    if position < 0:
        return escape(text)
    end = position + len(part)
    return f"{escape(text[:position])}<mark>{escape(text[position:end])}</mark>{escape(text[end:])}"


def _missing(value) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # a list or an array: present
        return False


def text_of(value, default: str = "") -> str:
    """A cell as text: nulls (None, NaN, NaT) become ``default``."""
    return default if value is None or _missing(value) else str(value)

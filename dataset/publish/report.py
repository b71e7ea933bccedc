"""`ruchina report`: a release's (or a build's) quality report, as one self-contained HTML
page an editor can read in a minute (report_html.py), as Markdown for CI job summaries, or
as JSON; what it reports is read once (report_data.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ruchina.atomic import write_bytes_atomically
from ruchina.checks import Report
from ruchina.checks.report import report_to_markdown
from ruchina.errors import UnsupportedFormatError, UsageError
from ruchina.publish.report_data import ReportData, load_report_data
from ruchina.publish.report_findings import FINDINGS_SHOWN, RECORDS_SHOWN
from ruchina.publish.report_html import render_html
from ruchina.read.loader import ReleaseStore

__all__ = [
    "FINDINGS_SHOWN",
    "RenderedReport",
    "ReportData",
    "load_report_data",
    "render_html",
    "render_json",
    "render_markdown",
    "render_report",
]


# --- Markdown and JSON ----------------------------------------------------------------------


def render_markdown(data: ReportData) -> str:
    counts = " · ".join(f"{name}: {len(frame):,}" for name, frame in data.frames.items())
    lines = [f"# ruchina {data.version}", "", f"{data.label} — {counts}", ""]
    if data.compared_with:
        lines += [f"**Changes since {data.compared_with}:**", ""] + [f"- {line}" for line in data.changes] + [""]
    # Under GitHub's 1 MiB job-summary limit at any size: the first findings of each check.
    return "\n".join(lines) + report_to_markdown(data.quality, per_check=FINDINGS_SHOWN, records_shown=RECORDS_SHOWN)


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

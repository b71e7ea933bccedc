"""The events timeline as an inline SVG, written directly.

One row per dated event, its label on the left and its mark on a shared date axis: a dot
for a day, a bar for a week, month or year. Each mark carries the SVG id
``event-<event_id>`` (a browser test counts them) and its label as a tooltip. Every text is
XML-escaped. Written by hand rather than drawn by matplotlib: matplotlib measured the text
of every tick label several times over (tight_layout, then the draw), and the timeline of
1,891 events took 64 s of a 2,000-article report's 68; this takes milliseconds.
"""

from __future__ import annotations

import datetime as dt
from html import escape

import pandas as pd

#: Minimum drawn width of a range, in days, so a week stays visible on a long axis.
_MIN_BAR_DAYS = 3
_ROW = 18  # px per event
#: The report's fonts (report.py): labels name events in any language (Cyrillic, Chinese).
_FONTS = "system-ui,'Noto Sans','DejaVu Sans','Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif"
_LABEL_WIDTH = 380  # px for the labels, left of the axis
_PLOT_WIDTH = 500
_TOP = 28  # px above the first row: the date ticks
_LABEL_CHARS = 64  # a longer label is cut on the axis; its tooltip holds it whole


def timeline_svg(events: pd.DataFrame) -> str | None:
    """The SVG of every dated event, or None when no event is dated."""
    dated = events[events["start_date"].notna()].sort_values(["start_date", "event_id"])
    if dated.empty:
        return None
    rows = [(e.event_id, _day(e.start_date), _day(e.end_date) if _present(e.end_date) else _day(e.start_date),
             f"{e.label} ({e.date_precision})", e.date_precision) for e in dated.itertuples(index=False)]
    first = min(r[1] for r in rows)
    last = max(r[2] for r in rows)
    margin = max(dt.timedelta(days=10), (last - first) * 0.03)
    low, high = first - margin, last + margin
    span = (high - low).days or 1

    def x(day: dt.date) -> float:
        return _LABEL_WIDTH + (day - low).days / span * _PLOT_WIDTH

    height = _TOP + _ROW * len(rows) + 8
    width = _LABEL_WIDTH + _PLOT_WIDTH + 16
    opening = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
               f'height="{height}" font-family="{_FONTS}" font-size="11" role="img" '
               f'aria-label="timeline of {len(rows)} dated events">')
    parts = [opening]
    for tick, text in _ticks(low, high):
        position = x(tick)
        parts.append(f'<line x1="{position:.1f}" y1="{_TOP - 6}" x2="{position:.1f}" y2="{height - 8}" '
                     f'stroke="#dddddd" stroke-width="0.6"/><text x="{position:.1f}" y="{_TOP - 10}" '
                     f'text-anchor="middle" fill="#5b6770">{escape(text)}</text>')
    min_bar = max(_MIN_BAR_DAYS, span * 0.006) / span * _PLOT_WIDTH
    for row, (event_id, start, end, label, precision) in enumerate(rows):
        middle = _TOP + _ROW * row + _ROW / 2
        shown = label if len(label) <= _LABEL_CHARS else label[:_LABEL_CHARS - 1] + "…"
        parts.append(f'<text x="{_LABEL_WIDTH - 8}" y="{middle + 4:.1f}" text-anchor="end">{escape(shown)}</text>')
        mark_id, tooltip = escape(f"event-{event_id}"), f"<title>{escape(label)}</title>"
        if precision == "day":
            parts.append(f'<circle id="{mark_id}" cx="{x(start):.1f}" cy="{middle:.1f}" r="4" '
                         f'fill="#b5432c">{tooltip}</circle>')
        else:
            bar = max(x(end + dt.timedelta(days=1)) - x(start), min_bar)
            parts.append(f'<rect id="{mark_id}" x="{x(start):.1f}" y="{middle - 5:.1f}" width="{bar:.1f}" '
                         f'height="10" fill="#3b6e9c" fill-opacity="0.8">{tooltip}</rect>')
    parts.append("</svg>")
    return "".join(parts)


def _ticks(low: dt.date, high: dt.date) -> list[tuple[dt.date, str]]:
    """About eight dates to mark the axis with: years, months or days, by the span."""
    span = (high - low).days
    if span > 3 * 365:
        step = -(-(high.year - low.year) // 8)
        return [(dt.date(year, 1, 1), str(year)) for year in range(low.year + 1, high.year + 1, step)]
    if span > 90:
        months = [dt.date(low.year + (low.month + i) // 12, (low.month + i) % 12 + 1, 1)
                  for i in range(span // 28 + 1)]
        months = [m for m in months if low < m <= high]
        step = -(-len(months) // 8) or 1
        return [(m, m.strftime("%b %Y")) for m in months[::step]]
    step = max(1, span // 8)
    return [(low + dt.timedelta(days=d), (low + dt.timedelta(days=d)).strftime("%d %b %Y"))
            for d in range(step, span, step)]


def _day(value) -> dt.date:
    return pd.Timestamp(value).date()


def _present(value) -> bool:
    return value is not None and not pd.isna(value)

"""The events timeline as an inline SVG, written directly.

One row per dated event, its label on the left and its mark on a shared date axis: a dot
for a day, a bar for a week, month or year. Past BIN_PAST dated events (a large corpus) the
events are counted by month, a bar each, and only the events the caller picks (the meetings
of the two leaders) keep a row. Each mark carries the SVG id
``event-<event_id>`` (a browser test counts them) and its label as a tooltip. Every text is
XML-escaped. Written by hand rather than drawn by matplotlib: matplotlib measured the text
of every tick label several times over (tight_layout, then the draw), and the timeline of
1,891 events took 64 s of a 2,000-article report's 68; this takes milliseconds.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
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
_LABEL_CHARS = 64
#: Past this many dated events, a row each is a page of rows: they are counted by month.
BIN_PAST = 300
_HISTOGRAM = 90  # px: the height of the tallest month  # a longer label is cut on the axis; its tooltip holds it whole


def timeline_svg(events: pd.DataFrame, individual: Callable[[pd.DataFrame], pd.Series] | None = None,
                 bin_past: int = BIN_PAST) -> str | None:
    """The SVG of the dated events, or None when none is dated: a row each, or past
    ``bin_past`` of them, a bar per month counting them with a row for each of the events
    ``individual`` selects (the meetings of the two leaders: report.yaml)."""
    dated = events[events["start_date"].notna()].sort_values(["start_date", "event_id"])
    if dated.empty:
        return None
    binned = len(dated) > bin_past
    drawn = dated[individual(dated)] if binned and individual is not None else dated.iloc[0:0] if binned else dated
    rows = [(e.event_id, _day(e.start_date), _day(e.end_date) if _present(e.end_date) else _day(e.start_date),
             f"{e.label} ({e.date_precision})", e.date_precision) for e in drawn.itertuples(index=False)]
    starts = [_day(d) for d in dated["start_date"]]
    ends = [_day(d) for d in dated["end_date"].where(dated["end_date"].notna(), dated["start_date"])]
    first, last = min(starts), max(ends)
    margin = max(dt.timedelta(days=10), (last - first) * 0.03)
    low, high = first - margin, last + margin
    span = (high - low).days or 1

    def x(day: dt.date) -> float:
        return _LABEL_WIDTH + (day - low).days / span * _PLOT_WIDTH

    top = _TOP + (_HISTOGRAM + 12 if binned else 0)
    height = top + _ROW * len(rows) + 8
    width = _LABEL_WIDTH + _PLOT_WIDTH + 16
    what = (f"{len(dated)} dated events by month, {len(rows)} drawn one by one" if binned
            else f"timeline of {len(rows)} dated events")
    opening = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
               f'height="{height}" font-family="{_FONTS}" font-size="11" role="img" aria-label="{what}">')
    parts = [opening]
    for tick, text in _ticks(low, high):
        position = x(tick)
        parts.append(f'<line x1="{position:.1f}" y1="{_TOP - 6}" x2="{position:.1f}" y2="{height - 8}" '
                     f'stroke="#dddddd" stroke-width="0.6"/><text x="{position:.1f}" y="{_TOP - 10}" '
                     f'text-anchor="middle" fill="#5b6770">{escape(text)}</text>')
    if binned:
        parts.append(_histogram(starts, x))
    min_bar = max(_MIN_BAR_DAYS, span * 0.006) / span * _PLOT_WIDTH
    for row, (event_id, start, end, label, precision) in enumerate(rows):
        middle = top + _ROW * row + _ROW / 2
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


def _histogram(starts: list[dt.date], x: Callable[[dt.date], float]) -> str:
    """A bar per month with its number of events (by start date), its count as a tooltip;
    each bar's id is ``month-YYYY-MM`` and its data-events the count."""
    months = Counter(dt.date(day.year, day.month, 1) for day in starts)
    tallest = max(months.values())
    parts = [(f'<text x="{_LABEL_WIDTH - 8}" y="{_TOP + _HISTOGRAM / 2:.1f}" text-anchor="end">'
             f"events a month (most: {tallest:,})</text>")]
    for month, count in sorted(months.items()):
        following = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
        left, bar = x(month), max(x(following) - x(month) - 0.3, 0.8)
        tall = max(count / tallest * _HISTOGRAM, 1.0)
        parts.append(f'<rect id="month-{month:%Y-%m}" data-events="{count}" x="{left:.1f}" '
                     f'y="{_TOP + _HISTOGRAM - tall:.1f}" width="{bar:.1f}" height="{tall:.1f}" fill="#3b6e9c">'
                     f"<title>{month:%B %Y}: {count:,} events</title></rect>")
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
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value  # Arrow's date32 comes as a date: no Timestamp for each of 80,000 events
    return pd.Timestamp(value).date()


def _present(value) -> bool:
    return value is not None and not pd.isna(value)

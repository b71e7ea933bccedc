"""The events timeline as an inline SVG, drawn by matplotlib.

One mark per dated event: a point for a day, a bar for a week, month or year. Each mark
carries the SVG id ``event-<event_id>`` so that a browser test can count them. Text
stays text (``svg.fonttype: none``), which matplotlib writes XML-escaped.
"""

from __future__ import annotations

import datetime as dt
import io

import pandas as pd

from ruchina.errors import RuchinaError

#: Minimum drawn width of a range, in days, so a week stays visible on a long axis.
_MIN_BAR_DAYS = 3


def timeline_svg(events: pd.DataFrame) -> str | None:
    """The SVG of every dated event, or None when no event is dated."""
    dated = events[events["start_date"].notna()].sort_values(["start_date", "event_id"])
    if dated.empty:
        return None
    try:
        import matplotlib
    except ImportError:
        raise RuchinaError("the HTML report draws its timeline with matplotlib: pip install 'ruchina[report]'") from None

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "ruchina", "font.size": 9}):
        span_days = (max(dated["end_date"]) - min(dated["start_date"])).days
        min_bar_days = max(_MIN_BAR_DAYS, span_days * 0.006)
        height = 0.9 + 0.32 * len(dated)
        figure, axes = plt.subplots(figsize=(9, height))
        for row, event in enumerate(dated.itertuples(index=False)):
            start = mdates.date2num(event.start_date)
            end = mdates.date2num(event.end_date)
            label = f"{event.label} ({event.date_precision})"
            if event.date_precision == "day":
                (artist,) = axes.plot([start], [row], marker="o", markersize=7, color="#b5432c", linestyle="none")
            else:
                width = max(end - start + 1, min_bar_days)
                artist = axes.barh([row], [width], left=[start], height=0.5, color="#3b6e9c", alpha=0.8)[0]
            artist.set_gid(f"event-{event.event_id}")
            artist.set_label(label)
        axes.set_yticks(range(len(dated)))
        axes.set_yticklabels([f"{e.label} ({e.date_precision})" for e in dated.itertuples(index=False)])
        axes.invert_yaxis()
        axes.xaxis_date()
        axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(axes.xaxis.get_major_locator()))
        axes.grid(axis="x", color="#dddddd", linewidth=0.6)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        _pad_axis(axes, dated)
        figure.tight_layout()
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
        plt.close(figure)
    svg = buffer.getvalue()
    return svg[svg.index("<svg"):]  # the XML prolog and doctype are not wanted inline


def _pad_axis(axes, dated: pd.DataFrame) -> None:
    import matplotlib.dates as mdates

    first = min(dated["start_date"])
    last = max(dated["end_date"])
    margin = max(dt.timedelta(days=10), (last - first) * 0.03)
    axes.set_xlim(mdates.date2num(first - margin), mdates.date2num(last + margin))

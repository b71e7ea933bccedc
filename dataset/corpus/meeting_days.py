"""A meeting's day where its reports' explicit days span several.

A sentence that tells a visitor received "today" often tells the visit's days beside it ("received
Li, who is in Moscow on an official visit from 26 to 28 December"), and its report of the audience
takes those days; another article dates the audience to its own day ("received him on Friday").
A meeting or a call lasts a day, so the explicit range of days does not hold the row: the votes
decide (event_rows._consensus_date), and there the day inside the range, the finest date, wins.
A summit, a forum or a visit lasts days, and its range stays.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_mentions import PUBLISHED, ArticleEvent
from ruchina.extract.event_report import ONE_DAY_TYPES


def one_day_inside(cluster: list[ArticleEvent], first: dt.date, last: dt.date) -> bool:
    """Whether a cluster of meetings or calls that explicit days date from ``first`` to ``last``,
    several days, has a report dated to one day inside them (not its article's date, assumed)."""
    return last > first and all(m.event_type in ONE_DAY_TYPES for event in cluster for m in event.mentions) and any(
        e.date and e.date.precision == "day" and e.date.kind != PUBLISHED and e.date.first == e.date.last
        and first <= e.date.first <= last for e in cluster)

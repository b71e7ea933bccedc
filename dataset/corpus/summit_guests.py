"""Reports of one summit that each name other guests: one tells the host and a guest who spoke
by video, another the leaders in the hall, a third the two who are to meet there. A summit is a
gathering of many (extract/event_report.EVENTS_OF_MANY): two reports of a summit that give one
known summit name (the body's: "BRICS Summit", "SCO Summit") and date it to days that meet are
of one summit whoever each names, so the people they name need not agree (event_merge.py's
cluster asks this when they do not). Days apart (the body's summit and its session with guests
the next day, the day before another body's summit in that city), other names, or a name one
of them does not give, keep them two; talks of two on its sidelines are held apart before
(event_sidelines.roles_apart), and places must agree as for any report.
"""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_reports import Commonness, Report
from ruchina.extract.event_sidelines import SUMMIT

#: The last word of a known event name that names a summit ("BRICS Summit").
_SUMMIT_WORD = SUMMIT.capitalize()


def summit_days(report: Report) -> tuple[dt.date, dt.date] | None:
    """The days of a report told as a summit and dated to the day (or a few days), else None."""
    if not report.by_day or report.first is None or not summit_names(report):
        return None
    if not any(m.event_type == SUMMIT for m in report.event.mentions):
        return None
    return report.first, report.last


def summit_names(report: Report) -> frozenset[str]:
    """The known event names a report gives that name a summit."""
    return frozenset(name for name in report.names if name.split()[-1] == _SUMMIT_WORD)


def one_summit(report: Report, member_days: tuple | None, member_names: frozenset, common: Commonness) -> bool:
    """Whether a report and a member of a cluster are reports of one summit: both told as a
    summit on days that meet, giving a summit name alike that is not common."""
    days = summit_days(report)
    if days is None or member_days is None:
        return False
    first, last = days
    if first > member_days[1] or member_days[0] > last:
        return False
    return bool((summit_names(report) & member_names) - common.names)

"""A report of a meeting or a call that names no one, told on another day than a report of it.

Reports dated by weekdays may lie a month apart and still be one event (event_reports.LOOSE_DAYS_APART:
a weekday is read against a page's date that may be late), and a report that names no one is tied by
its place and its day alone: a city and days within FIRM_DAYS_APART make a tie. So the meeting that
prepared the premiers' talks in one city on Monday ("the two officials who prepare the meeting went over
the agenda on Monday"), its people unnamed, joined the premiers' talks there on Thursday, and the row
took Monday. A meeting or a call lasts one day: two reports of it, each telling its one day (a date, a
day word, a weekday), agree on that day, a day apart at most (the evening of one day is the next day's
morning elsewhere), or whole weeks apart, as a weekday read in the wrong week is. Reports that name
the people who met are left to what their people say (event_merge._apart_in_article): only a report
naming no one is kept from a row whose day it contradicts. A day no phrase states (the article's day:
PUBLISHED) says nothing of the event's own day.
"""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_reports import FIRM, LOOSE, Report
from ruchina.extract.event_compatibility import ONE_DAY_SLACK

#: the kinds of date that tell a day by a phrase: written out, a day word ("yesterday"), a weekday
TOLD_DAY_KINDS = frozenset({"explicit", "relative", "weekday"})
_WEEK = 7


def told_day(report: Report) -> dt.date | None:
    """The one day a phrase tells a report of a meeting or a call to be on, if it tells one."""
    date = report.event.date
    if not report.one_day or not report.by_day or report.timing not in (FIRM, LOOSE) or date is None:
        return None
    if date.precision != "day" or date.kind not in TOLD_DAY_KINDS or date.first != date.last:
        return None
    return date.first


def unnamed_on_another_day(day: dt.date | None, named: bool, other_day: dt.date | None, other_named: bool) -> bool:
    """Whether two reports told on ``day`` and ``other_day`` (naming people, or not) are of two meetings:
    one of them names no one, and their days are more than a day apart, not by whole weeks."""
    if day is None or other_day is None or (named and other_named):
        return False
    apart = abs((day - other_day).days) % _WEEK
    return min(apart, _WEEK - apart) > ONE_DAY_SLACK.days

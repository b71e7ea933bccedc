"""A plan told for a day to come ("will take part tomorrow, Friday, in ...") is of an event that had
not begun when its page told it: it is no report of an event that other reports tell begun days
before that page (a visit to Moscow under way from the 16th is not what a page of the 27th plans
for the 28th). Reports dated by weekdays may lie a month apart and still be one event
(event_reports.LOOSE_DAYS_APART: a weekday is read against a page's date that may be late), so
without this a stray plan of the visitor's later days joined his earlier visit.

Only visits, of which a person is on one at a time (event_reports.ONE_AT_A_TIME): a plan of a
meeting or a signing told late is as often a held one whose tense the page's words hid ("hatte ...
bereits empfangen"), and such reports still join the event of their day. Only plans dated to days
(a week or a month to come says too little), told on a known day, and events whose reports date
their first day to a day; a day of slack for a plan told on the evening
of the first day ("tomorrow" from a page dated the day the visit began).
"""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_reports import ONE_AT_A_TIME

#: how long before a plan's page its event may have begun, and the plan still be of it
_SLACK = dt.timedelta(days=1)


def plan_told_for_later(report) -> dt.date | None:
    """The day its page told it, when the report (event_reports.Report) is a plan of a day to come."""
    event = report.event
    published = event.published
    if (report.family not in ONE_AT_A_TIME or published is None or not report.by_day or report.first is None or report.first <= published
            or any(m.status != "planned" for m in event.mentions)):
        return None
    return published


def begun_before_its_plan(first_day: dt.date | None, plan_told: dt.date | None) -> bool:
    """Whether an event whose reports date it from ``first_day`` had begun before a plan of it
    told on ``plan_told`` for a later day."""
    return first_day is not None and plan_told is not None and first_day < plan_told - _SLACK

"""The day of an article's main event that its lead gives, when its title names it undated.

A main event reported as held with no date of its own is dated by the publication date
(event_mentions._assumed_date): a wire story is out the day of the talks. An analysis or a
weekly is out a day or two later, and its lead says when ("Putin and Xi did not need to meet
in person on Monday to send their message", under a title naming their video call): the lead
gives the day of the same people's act, and that day, not the publication's, is the main
event's. Only a day of the lead, a few days before the publication, of a report naming every
person of the main event (two at least) that did not join it: a lead telling other people's
day, or the main event's people on another day far back, dates nothing.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_compatibility import PUBLISHED
from ruchina.extract.event_report import LEAD

#: How many days before the publication a lead's day may be the main event's.
LEAD_DAY_REACH = dt.timedelta(days=3)


def lead_day(main, events: list, published: dt.date | None):
    """The day the lead gives the main event's people's act, for ``main`` dated only by the
    publication date; else None."""
    assumed = main.assumed_date
    if published is None or assumed is None or assumed.kind != PUBLISHED or len(main.participants) < 2:
        return None
    if any(m.date for m in main.mentions):
        return None
    days = [m.date for e in events if e is not main and main.participants <= e.participants
            for m in e.mentions if m.part == LEAD and m.date is not None and m.date.precision == "day"
            and m.date.first == m.date.last and published - LEAD_DAY_REACH <= m.date.first < published]
    return days[0] if len(days) == 1 else None

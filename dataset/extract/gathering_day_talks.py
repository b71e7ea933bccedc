"""A gathering of several days told on one of them ("Good morning from Vladivostok, on the third day
of the forum (5-8 September)"): the page's talks and meetings told held with no time of their own
("Putin and Li have just finished their meeting") were held on the page's day, not over all the
gathering's days. A meeting lasts a day (event_report.ONE_DAY_TYPES); given the gathering's span,
it was dated to none of them, and a report of it from another page dated to its day did not agree
with it. Only on a page dated inside the span: one written after the gathering tells no day of it.
So too a gathering told by its opening day alone, a few days before the page's ("The forum opened on
Tuesday", on Wednesday's page): it still runs, and the page's talks are of the page's day, not of Tuesday.
And under a main event told only as to come on a later day ("Tomorrow X joins them for a four-way
meeting"), talks told held ("After their talks, the two presidents watched the signing") were held by
the page's day, not on the plan's: the page's day, as a main event told held with no day takes it.
Read by event_mentions._mark_main_event, which otherwise dates such a report by the main event's.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_compatibility import PUBLISHED
from ruchina.extract.event_report import EVENTS_OF_MANY, ONE_DAY_TYPES


def talks_on_the_pages_day(main, event, published: dt.date | None) -> ResolvedDate | None:
    """The page's day, for ``event`` (meetings only) told with ``main``, a gathering of several days
    holding that day; None otherwise."""
    date = main.date
    if held_before_the_plan(main, event, published):
        return ResolvedDate(published, published, "day", "", 0, 0, PUBLISHED)
    if (published is None or date is None or date.precision != "day"
            or not (date.first < date.last and date.first <= published <= date.last or _opened_days_before(main, published))
            or not main.types() & EVENTS_OF_MANY
            or not event.types() <= ONE_DAY_TYPES):
        return None
    return ResolvedDate(published, published, "day", "", 0, 0, PUBLISHED)


#: how long after its opening day a gathering told only by it ("opened on Tuesday") still runs
_STILL_RUNNING = dt.timedelta(days=3)


def _opened_days_before(main, published: dt.date) -> bool:
    """The gathering is dated only by the day it opened, a day or a few before the page's ("The forum
    opened on Tuesday", on a Wednesday page): it is still running on the page's day (its end, told
    after it, "runs until Friday", stretches its days only later: event_spans.py)."""
    date = main.date
    return date.first == date.last and date.first < published <= date.first + _STILL_RUNNING and any(
        m.opens and m.date is not None and m.date.first == date.first for m in main.mentions)


def held_before_the_plan(main, event, published: dt.date | None) -> bool:
    """Whether the main event is told only as to come, after the page's day, and ``event`` (a day's
    talks) as held."""
    date = main.date
    return (published is not None and date is not None and date.first > published
            and all(m.status == "planned" for m in main.mentions)
            and all(m.status == "occurred" for m in event.mentions) and event.types() <= ONE_DAY_TYPES)

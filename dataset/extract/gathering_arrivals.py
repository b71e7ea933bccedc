"""An arrival told as the start of the trip to a summit, forum or parade held where it lands: "He arrived
in Samarkand on Wednesday; the summit opens there on Thursday", "Xi arrived in Kazan on Tuesday"
beside the three-day summit that opened in Kazan that Tuesday. The traveller comes to attend the
gathering: the arrival is no visit of its own (a visit row of one day would stand beside the
summit and take the talks held there as its parts). Called by extraction.py on one article's
merged events (ArticleEvent), once the gatherings' days are known.

A visit that is not only an arrival stays: one of several days, one placed in a country around
the city, and one on the one day of a one-day forum (a leader touring a forum's venue, "visited
the forum of the regions in Volgograd", is a visit the forum holds).
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_report import EVENTS_OF_MANY

#: the gatherings whose guests arrive for them: a summit's or forum's, and a parade's ("Putin's plane
#: has landed in Beijing" the day before the parade he watches there)
_GATHERINGS = EVENTS_OF_MANY | {"parade"}
#: how long before a gathering opens an arrival at its place is the trip to it: the evening
#: before, the usual arrival of a summit's guests
_DAY_BEFORE = dt.timedelta(days=1)


def without_arrivals_for_gatherings(events: list) -> list:
    """The article's events less its one-day visits (no other type) whose visitors all attend a
    summit, forum or parade at the very place of the visit that opens the next day, or opens that day and
    lasts several. A visit that is the article's main event hands that role to the gathering (its
    title's arrival, "X arrives in Durban for the BRICS summit", tells the summit's story)."""
    gatherings = [e for e in events if e.types() & _GATHERINGS and e.location_id is not None
                  and e.date is not None and e.date.precision == "day" and not e.earlier]
    arrivals = []
    for visit in events:
        date = visit.date
        if (visit.types() != {"visit"} or visit.earlier or not visit.participants or visit.location_id is None
                or date is None or date.precision != "day" or date.first != date.last):
            continue
        for gathering in gatherings:
            if (gathering.location_id == visit.location_id and visit.participants <= gathering.participants
                    and _arrives_for(date.first, gathering.date)):
                if visit.main:
                    gathering.main, visit.main = True, False
                arrivals.append(visit)
                break
    return [event for event in events if not any(event is arrival for arrival in arrivals)]


def _arrives_for(day: dt.date, days) -> bool:
    """The day before the gathering opens, or its first day when it lasts more than one."""
    return day == days.first - _DAY_BEFORE or (day == days.first and days.last > days.first)

"""An arrival on a named day for an event of several days (issue 23, class 7): "arrived on
Monday for the two-day summit" starts the summit on Monday and ends it a day later; an arrival
on Monday for something else, ahead of the summit, says nothing of the summit's days and is a
visit of its own (an arrival for the summit itself is the trip to it: gathering_arrivals.py).

Fixtures are written for these tests in the shape of what real pages say."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MONDAY = dt.date(2030, 3, 11)
TUESDAY = MONDAY + dt.timedelta(days=1)


def dates_of(body: str, published: dt.date) -> dict[str, tuple | None]:
    events = extract_article("a", None, None, body, published).events
    return {min(e.types()): e.date and (e.date.first, e.date.last) for e in events}


def test_an_arrival_for_a_two_day_summit_starts_the_summit_that_day():
    assert MONDAY.weekday() == 0
    dates = dates_of("Vladimir Putin arrived in Minsk on Monday for the two-day summit of the "
                     "Eurasian Economic Union.", TUESDAY)
    assert dates["summit"] == (MONDAY, TUESDAY)
    # (the arrival on the summit's first day at its place is the trip to it, no visit of its
    # own: gathering_arrivals.py)
    assert "visit" not in dates


def test_an_arrival_for_a_three_day_forum_spans_three_days():
    dates = dates_of("Vladimir Putin arrived in Minsk on Monday for a three-day forum on energy.", TUESDAY)
    assert dates["forum"] == (MONDAY, MONDAY + dt.timedelta(days=2))


def test_an_arrival_for_something_else_ahead_of_the_summit_does_not_date_it():
    dates = dates_of("Vladimir Putin arrived in Minsk on Monday for consultations ahead of the two-day "
                     "summit of the Eurasian Economic Union.", TUESDAY)
    assert dates["summit"] is None
    assert dates["visit"] == (MONDAY, MONDAY)  # (a trip of its own: the arrival keeps its day)

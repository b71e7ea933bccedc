"""A day a sentence names as an event's opening and the n-th day it tells of: "met on Saturday, on
the second day of a summit that opened on Friday evening" dates the summit from Friday, the
opening, to Saturday, its second day (event_visit_days.py), not from the day before the opening.
The look-alike: an n-th day with no opening is counted back from the day it names. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2033, 5, 14)  # a Saturday
FRIDAY, SATURDAY = dt.date(2033, 5, 13), dt.date(2033, 5, 14)


def summit_days(body: str) -> set[tuple[dt.date, dt.date]]:
    events = extract_article("open", None, None, body, DAY, "en").events
    return {(e.date.first, e.date.last) for e in events if e.family == "gathering" and e.date is not None
            and any(m.event_type == "summit" for m in e.mentions)}


def test_the_second_day_of_a_summit_that_opened_on_friday_runs_from_friday():
    body = ("ASTANA: Leaders of the Central Asian states met at a lakeside residence on Saturday, on the second "
            "day of a summit that opened on Friday evening with a dinner for the guests.")
    assert summit_days(body) == {(FRIDAY, SATURDAY)}


def test_a_second_day_with_no_opening_is_counted_back():
    body = ("ASTANA: Leaders of the Central Asian states met at a lakeside residence on Saturday, on the second "
            "day of their summit.")
    assert summit_days(body) == {(FRIDAY, SATURDAY)}

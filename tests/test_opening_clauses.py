"""A visit with no day of its own, told before a clause of the day it began, "his three-day visit to
India, which began on Sunday", is dated from that day for the days its words give (issue 23, classes
3 and 7; extract/opening_clauses.py). Beside it the look-alikes: a clause of another act on a day
("which Modi praised on Sunday") and of the day it ends ("which ends on Friday") date no start.

Every fixture is written for these tests, with visits and leaders of their own."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2031, 3, 11)  # a Tuesday
SUNDAY = dt.date(2031, 3, 9)


def visit_days(body: str):
    found = [e for e in extract_article("a", "Trade deals signed", None, body, DAY, "en").events
             if e.family == "visit"]
    return [(e.date.first, e.date.last) if e.date else None for e in found]


def test_a_visit_before_a_clause_of_the_day_it_began_is_dated_from_that_day():
    found = visit_days("Modi and Tokayev signed a trade pact on Monday. The pact came on the second day of "
                       "Tokayev's three-day visit to India, which began on Sunday.")
    assert (SUNDAY, SUNDAY + dt.timedelta(days=2)) in found


def test_a_clause_of_another_act_on_a_day_dates_no_start():
    """The look-alike: the day in the clause is Modi's praise, not the visit's start."""
    found = visit_days("Modi and Tokayev signed a trade pact on Monday. The pact crowned Tokayev's three-day visit "
                       "to India, which Modi praised on Sunday.")
    assert not any(days and days[0] == SUNDAY for days in found)


def test_a_clause_of_the_day_it_ends_dates_no_start():
    """The look-alike: "ends on Friday" is no first day."""
    found = visit_days("Modi and Tokayev signed a trade pact on Monday. The pact crowned Tokayev's visit to India, "
                       "which ends on Friday.")
    assert not any(days and days[0] == dt.date(2031, 3, 14) for days in found)


def _summit_days(body: str):
    found = [e for e in extract_article("a", None, None, body, DAY, "en").events if "summit" in e.types()]
    return [(e.date.first, e.date.last) if e.date else None for e in found]


def test_a_clause_of_the_day_a_summit_to_come_opens_dates_it_ahead():
    """"Which opens on Friday" told on a Tuesday: the coming Friday, not the Friday before."""
    days = _summit_days("Tokayev will travel to Azerbaijan for the summit of Caspian states in Baku, which opens on "
                        "Friday.")
    assert days and days[0][0] == DAY + dt.timedelta(days=3)


def test_a_clause_of_the_day_a_summit_opened_dates_it_back():
    days = _summit_days("Tokayev travelled to Azerbaijan for the summit of Caspian states in Baku, which opened on "
                        "Friday.")
    assert days and days[0][0] == DAY - dt.timedelta(days=4)

"""Talks with no day and no one of their own, told "on the second day of X's three-day visit, which
began on Sunday", were held on Monday by the visitor, with those told signing with him that day;
a signing of that day beside them, with no place of its own, is at their place (issue 23, visits40;
extract/event_visit_days.py). Beside them the look-alike: talks "during X's visit" count no day.

Every fixture is written for these tests, with visits and leaders of their own."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2031, 3, 10)  # a Monday
MONDAY = DAY


def events(body: str):
    return extract_article("a", "Modi, Tokayev seal rail accord", None, body, DAY, "en").events


def test_talks_on_the_nth_day_of_a_visit_dated_from_its_first_day_are_that_days_with_the_visitor():
    found = events("Narendra Modi and Kassym-Jomart Tokayev on Monday signed an accord on rail freight. "
                   "The accord came after talks at Hyderabad House in New Delhi on the second day of Tokayev's "
                   "three-day visit to India, which began on Sunday.")
    talks = [e for e in found if e.family == "gathering"]
    assert len(talks) == 1
    assert (talks[0].date.first, talks[0].date.last) == (MONDAY, MONDAY)
    assert talks[0].participants == {"kassym-jomart-tokayev", "Q1058"}  # (Modi: the co-signer)
    accord = next(e for e in found if e.family == "agreement")
    assert accord.location_id is not None and accord.location_id == talks[0].location_id


def test_talks_during_a_visit_count_no_day_of_it():
    """The look-alike: "during Tokayev's visit, which began on Sunday" names no n-th day: the talks
    are not dated by the visit's first day (nor any other)."""
    found = events("Narendra Modi and Kassym-Jomart Tokayev on Monday signed an accord on rail freight. "
                   "The accord came after talks at Hyderabad House in New Delhi during Tokayev's "
                   "three-day visit to India, which began on Sunday.")
    assert not any(e.family == "gathering" and e.date is not None and e.date.first == MONDAY - dt.timedelta(days=1)
                   for e in found)


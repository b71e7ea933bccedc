"""A visit told as under way since a day began on that day and runs at least to the page's day
(extract/visit_since.py), in English, German and French: written for these tests (other leaders
and places than the benchmark pages), each beside a look-alike that must not change.

- "who has been in Hanoi on a state visit since Monday": the visit of Monday to the page's Wednesday,
  and the talks of its sentence are still told (knowledge ``passing`` no longer takes "state visit
  since" for "the first visit since").
- Look-alikes: "his first visit since 2017" dates no visit; nor does a day after a colon past "seit
  Jahren" ("die längste Reise seit Jahren: Am Dienstag ...").
"""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

WEDNESDAY, MONDAY = dt.date(2023, 12, 13), dt.date(2023, 12, 11)


def events_of(body: str, language: str = "en"):
    return extract_article("v", None, None, body, WEDNESDAY, language).events


def visit_days(body: str, language: str = "en") -> list:
    return [e.date and (e.date.first, e.date.last) for e in events_of(body, language)
            if {"visit", "state_visit"} & e.types()]


@pytest.mark.parametrize("language, body", [
    ("en", "Xi Jinping has been in Hanoi since Monday on a state visit."),
    ("de", "Xi Jinping ist seit Montag zu einem Staatsbesuch in Hanoi."),
    ("fr", "Xi Jinping est depuis lundi en visite d'État à Hanoï."),
])
def test_a_visit_under_way_since_a_day_began_that_day(language, body):
    assert visit_days(body, language) == [(MONDAY, WEDNESDAY)]


def test_a_visit_under_way_since_a_day_for_days_counted_ends_on_its_last():
    assert visit_days("Wang Yi hält sich seit Montag zu einem viertägigen Besuch in Hanoi auf.", "de") == [
        (MONDAY, dt.date(2023, 12, 14))]


def test_talks_beside_a_visit_under_way_since_a_day_are_told():
    events = events_of("Xi Jinping, who has been in Hanoi on a state visit since Monday, met Nguyen Phu Trong on "
                       "Tuesday.")
    assert any("meeting" in e.types() for e in events)
    assert visit_days("Xi Jinping, who has been in Hanoi on a state visit since Monday, met Nguyen Phu Trong on "
                      "Tuesday.") == [(MONDAY, WEDNESDAY)]


def test_a_first_visit_since_a_year_dates_no_visit():
    assert all(days != (MONDAY, WEDNESDAY) for days in visit_days(
        "It is Xi Jinping's first visit to Hanoi since 2017, officials said."))


def test_a_day_after_a_colon_past_since_is_no_first_day_of_the_visit():
    assert visit_days("Für Xi Jinping ist die Reise nach Vietnam die längste seit Jahren: Am Montag sind in Hanoi "
                      "Gespräche geplant.", "de") != [(MONDAY, WEDNESDAY)]

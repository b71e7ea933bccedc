"""Talks or a call last a day: a duration stated of a summit in their clause ("held talks on
Tuesday, hours before he opened a two-day summit") is not theirs; a visit still takes the
duration stated of it. The sentences are written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2023, 11, 14)  # a Tuesday
TUESDAY, WEDNESDAY = dt.date(2023, 11, 14), dt.date(2023, 11, 15)


def test_talks_take_no_duration_stated_of_a_summit_in_their_clause():
    body = ("Premier Li Qiang and President Lula held talks in Recife on Tuesday, hours before Lula opened a "
            "two-day summit of the bloc at the port's new hall.")
    events = extract_article("t1", None, None, body, PUBLISHED, "en").events
    talks = next(e for e in events if "meeting" in e.types())
    assert (talks.date.first, talks.date.last) == (TUESDAY, TUESDAY)


def test_a_visit_still_takes_the_duration_stated_of_it():
    body = "President Lula arrived in Beijing on Tuesday for a two-day state visit."
    events = extract_article("t1", None, None, body, PUBLISHED, "en").events
    visit = next(e for e in events if e.family == "visit")
    assert (visit.date.first, visit.date.last) == (TUESDAY, WEDNESDAY)

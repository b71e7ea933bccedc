"""A plan that names no one, no place, no day and no event (issue 23): "Another meeting will be
held" is no report of one real event, so it makes no events row; the same plan with a place,
a person, a day or an event's name does. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2024, 3, 12)
LEAD = "Vladimir Putin held talks with Prime Minister of India Narendra Modi in Moscow."


def other_events(body):
    return [e for e in extract_article("t1", "Talks with Narendra Modi", None, body, DAY).events if not e.main]


def test_a_plan_with_nothing_that_tells_which_event_makes_no_event():
    assert other_events(LEAD + "\n\nAnother meeting will be held.") == []


def test_the_same_plan_with_a_place_is_an_event():
    (plan,) = other_events(LEAD + "\n\nAnother meeting will be held in Tashkent.")
    assert plan.location_id is not None and all(m.status == "planned" for m in plan.mentions)


def test_the_same_plan_with_a_day_is_an_event():
    (plan,) = other_events(LEAD + "\n\nAnother meeting will be held on May 20.")
    assert plan.date is not None and plan.date.first == dt.date(2024, 5, 20)

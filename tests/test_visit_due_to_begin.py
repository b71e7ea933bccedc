"""A visit told with an aside that dates its start to come, "his state visit to India, due to begin on
March 20", is a plan of that coming day, though its sentence tells the past (issue 23, classes 3 and 7;
knowledge/events_en.yaml, tense: future). Beside it the look-alike: an aside of a cause, "due
mostly to the deals", tells no plan.

Every fixture is written for these tests, with visits and leaders of their own."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2031, 3, 12)  # a Wednesday


def visit(body: str):
    found = [e for e in extract_article("a", "Leaders meet at the forum", None, body, DAY, "en").events
             if e.family == "visit"]
    assert len(found) == 1
    return found[0]


def test_a_visit_due_to_begin_on_a_day_is_planned_for_that_day_to_come():
    found = visit("Modi and Tokayev met for an hour on the margins of the forum. An aide said they spent most of it "
                  "on trade and on Tokayev's state visit to India, due to begin on March 20.")
    assert {m.status for m in found.mentions} == {"planned"}
    assert found.date is not None and found.date.first == dt.date(2031, 3, 20)


def test_a_visit_with_an_aside_of_its_cause_stays_held():
    """The look-alike: "due" after the comma gives a cause, not a start to come."""
    found = visit("Modi and Tokayev met for an hour on the margins of the forum. An aide said the mood was warm "
                  "after Tokayev's state visit to India on March 9, due mostly to the trade deals signed then.")
    assert {m.status for m in found.mentions} == {"occurred"}
    assert found.date is not None and found.date.first == dt.date(2031, 3, 9)

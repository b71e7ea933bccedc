"""A previewed visit dated by the clause that opens it (extract/opening_clauses.py): "X leaves today for a
state visit to Y that will begin on Thursday in A and end in B on the 3rd" is the visit of Thursday to the
3rd, to come, not the day he leaves; "leaves today for Paris" with no later start stays today.

Texts written for these tests, with invented trips and words; each beside a look-alike that must not do
what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2031, 6, 2)  # a Monday


def visits(body: str):
    return [e for e in extract_article("t", None, None, body, DAY, "en").events if e.family == "visit"]


def test_a_visit_that_will_begin_and_end_on_days_told_spans_them():
    body = ("President Narendra Modi leaves today for a state visit to Japan that will begin on Wednesday in "
            "Osaka and end in Tokyo on June 9, his first trip there in four years.")
    (visit,) = visits(body)
    assert (visit.date.first, visit.date.last) == (dt.date(2031, 6, 4), dt.date(2031, 6, 9))
    assert visit.mentions[0].status == "planned"


def test_a_visit_that_will_begin_on_a_day_starts_on_it():
    body = "President Narendra Modi leaves today for a state visit to Japan that will begin on Wednesday in Osaka."
    (visit,) = visits(body)
    assert visit.date.first == dt.date(2031, 6, 4)


def test_a_trip_told_with_no_later_start_stays_on_the_day_he_leaves():
    body = "President Narendra Modi leaves today for a state visit to Japan, where he will meet business leaders."
    (visit,) = visits(body)
    assert (visit.date.first, visit.date.last) == (DAY, DAY)

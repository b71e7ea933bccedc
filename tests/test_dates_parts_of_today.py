"""A part of the day the text is written on names that day: "the ministers met in Kazan this
morning", "they will dine together this evening". A morning, afternoon or evening with no "this"
names no day ("one morning in spring", "every evening"). Every text is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.dates import resolve_dates

PUBLISHED = dt.date(2025, 3, 20)


@pytest.mark.parametrize("text, tense", [
    ("The foreign ministers met in Kazan this morning.", "past"),
    ("The two delegations held talks this afternoon.", "past"),
    ("The leaders will dine together this evening.", "future"),
])
def test_this_morning_afternoon_or_evening_is_the_day_of_the_text(text, tense):
    assert [(r.first, r.last, r.precision) for r in resolve_dates(text, PUBLISHED, tense)] == [
        (PUBLISHED, PUBLISHED, "day")]


@pytest.mark.parametrize("text, tense", [
    ("The foreign ministers met in Kazan one morning in spring.", "past"),
    ("The delegations walk along the river every evening.", "present"),
])
def test_a_morning_or_evening_without_this_names_no_day(text, tense):
    assert resolve_dates(text, PUBLISHED, tense) == []

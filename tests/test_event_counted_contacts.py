"""Contacts counted ("have talked on the phone eleven times since 2022") are a series the
article mentions, not one call it reports: no call on the day of the story. The look-alikes: a
call told with a day, and a count of something else beside one ("three times longer")."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2024, 3, 5)
LEAD = ("PARIS - French President Emmanuel Macron and Indian Prime Minister Narendra Modi met in Paris on Tuesday. ")


def calls(body, language="en", title="Macron and Modi meet in Paris"):
    return [e for e in extract_article("a", title, None, body, DAY, language).events if e.family == "call"]


def test_calls_counted_since_a_year_are_no_call():
    assert calls(LEAD + "Macron and Modi have talked on the phone eleven times since 2022 but had never dined together.") == []
    assert calls(LEAD + "The two had spoken by phone or video a dozen times in two years.") == []


def test_look_alike_a_call_told_with_its_day_and_a_count_of_something_else_stay_calls():
    assert len(calls(LEAD + "Macron and Modi also talked on the phone on Friday.")) == 1
    assert len(calls(LEAD + "Macron and Modi also talked on the phone on Friday, three times longer than planned.")) == 1


"""A weekday written right before its day's full date is that date, not a day of the page's week."""
from __future__ import annotations

import datetime as dt

from ruchina.extract.dates import resolve_dates
from ruchina.extract.extraction import extract_article

# A page of history printed decades after the day it tells.
ARCHIVE_PAGE = dt.date(2018, 6, 12)


def test_a_weekday_before_a_full_date_of_long_ago_is_that_date():
    text = "The marshal landed in Hanoi on Friday, June 12, 1964, for talks."
    days = [(d.first, d.kind) for d in resolve_dates(text, ARCHIVE_PAGE, "past")]
    assert days == [(dt.date(1964, 6, 12), "explicit")]


def test_a_weekday_before_a_day_and_month_written_the_other_way_is_that_date():
    text = "The envoy left Ankara on Tuesday, 3 March 1970."
    assert [d.first for d in resolve_dates(text, ARCHIVE_PAGE, "past")] == [dt.date(1970, 3, 3)]


def test_a_weekday_apart_from_a_date_is_still_a_day_of_the_pages_week():
    # (the date belongs to another clause: the weekday is the report's own day)
    text = "The premier arrived on Friday; the treaty of March 3, 1970, was cited."
    days = sorted((d.first, d.kind) for d in resolve_dates(text, ARCHIVE_PAGE, "past"))
    assert days == [(dt.date(1970, 3, 3), "explicit"), (dt.date(2018, 6, 8), "weekday")]


def test_an_arrival_dated_by_a_weekday_and_its_full_date_is_of_that_year():
    text = "Marshal Tito arrived in Moscow on Wednesday, June 1, 1955."
    events = extract_article("a", None, None, text, ARCHIVE_PAGE, "en").events
    assert [(e.mentions[0].event_type, e.date.first) for e in events] == [("visit", dt.date(1955, 6, 1))]

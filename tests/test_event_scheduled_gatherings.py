"""When a report says an event happens: a gathering told in the present with its weekday a few
words on is the programme ("the ministers hold their conference on Monday", "the council
members gather on Tuesday and Wednesday": the coming days, planned), two weekdays joined by
"and" that follow each other are one event's two days, a body's heads of state meeting is a
summit, and "earlier this month" is no day of the report itself (a past meeting, kept apart
from the day's events). Each beside a look-alike that must not move. Sentences written for
these tests, with other names and events than any benchmark page."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.dates import resolve_dates
from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2021, 3, 16)  # a Tuesday
NEXT_THURSDAY, LAST_THURSDAY = dt.date(2021, 3, 18), dt.date(2021, 3, 11)


def mentions(body: str, published: dt.date = PUBLISHED):
    return extract_article("scheduled", None, None, body, published, "en").event_mentions


@pytest.mark.parametrize("body, kind", [
    ("The Arctic Council members hold their summit on Thursday in Tromso.", "summit"),
    ("Tokayev meets Mirziyoyev on Thursday in Samarkand.", "meeting"),
    ("The foreign ministers of the bloc gather for talks on Thursday.", "meeting"),
])
def test_a_gathering_told_in_the_present_with_its_weekday_is_planned_on_the_coming_one(body, kind):
    found = [m for m in mentions(body) if m.event_type == kind]
    assert found and found[0].status == "planned"
    assert found[0].date.first == NEXT_THURSDAY


@pytest.mark.parametrize("body, kind", [
    # the past form points back, as before
    ("The Arctic Council members held their summit on Thursday in Tromso.", "summit"),
    ("Tokayev met Mirziyoyev on Thursday in Samarkand.", "meeting"),
    # an infinitive after a past verb is no programme
    ("Tokayev and Mirziyoyev did not need to meet on Thursday to agree the deal.", None),
])
def test_a_past_form_or_an_infinitive_keeps_the_weekday_before(body, kind):
    found = [m for m in mentions(body) if kind is None or m.event_type == kind]
    for m in found:
        assert m.status == "occurred"
        assert m.date is None or m.date.first == LAST_THURSDAY


def test_two_weekdays_that_follow_each_other_are_one_events_two_days():
    found = [m for m in mentions("The Nordic heads of state convene on Thursday and Friday in Bergen.")
             if m.event_type == "summit"]
    assert found and found[0].status == "planned"
    assert (found[0].date.first, found[0].date.last) == (NEXT_THURSDAY, NEXT_THURSDAY + dt.timedelta(days=1))
    # two days apart are each their own, not a range
    (monday, thursday) = resolve_dates("the votes on Monday and Thursday", PUBLISHED, "past")
    assert monday.first == monday.last and thursday.first == thursday.last


def test_heads_of_state_of_a_body_meeting_is_a_summit_not_two_leaders_meeting():
    assert any(m.event_type == "summit" for m in mentions("The Nordic heads of state met in Bergen on Monday."))
    two = mentions("The two heads of state met in Bergen on Monday.")
    assert two and all(m.event_type == "meeting" for m in two)


def test_earlier_this_month_is_before_the_day_of_the_report():
    (earlier,) = resolve_dates("they had talked in Astana earlier this month", PUBLISHED)
    assert (earlier.first, earlier.last, earlier.precision) == (dt.date(2021, 3, 1), dt.date(2021, 3, 15), "month")
    (in_the,) = resolve_dates("the ministers had met in Baku earlier in the week", PUBLISHED)
    assert (in_the.first, in_the.last) == (dt.date(2021, 3, 15), dt.date(2021, 3, 15))
    # "this month" alone keeps its whole month; "later this year" its whole year
    (this,) = resolve_dates("the talks this month", PUBLISHED)
    assert (this.first, this.last) == (dt.date(2021, 3, 1), dt.date(2021, 3, 31))
    (later,) = resolve_dates("a visit later this year", PUBLISHED)
    assert (later.first, later.last) == (dt.date(2021, 1, 1), dt.date(2021, 12, 31))


def test_a_meeting_earlier_this_month_is_kept_apart_from_the_days_talks():
    body = ("Tokayev and Mirziyoyev held talks in Samarkand today. "
            "The two presidents had met in Astana earlier this month.")
    article = extract_article("apart", None, None, body, PUBLISHED, "en")
    # (the past meeting, told by a month that ended before the story's day and by no day, is its
    # background: no row, and none of its place or month joins the day's talks)
    days = sorted((e.date.first, e.date.last, e.location_id) for e in article.events if e.date is not None)
    assert days == [(PUBLISHED, PUBLISHED, "samarkand")]


def test_a_meeting_earlier_this_month_that_is_the_only_one_stays_reported():
    body = "Tokayev and Mirziyoyev met in Astana earlier this month to sign a water accord."
    article = extract_article("alone", None, None, body, PUBLISHED, "en")
    meetings = [e for e in article.events if e.mentions[0].event_type == "meeting"]
    assert len(meetings) == 1 and meetings[0].date.precision == "month"
    assert meetings[0].mentions[0].status == "occurred"

"""A retrospective essay tells its story as held a count of years before the page: its title closes
its first part with "N years on" ("X in Y, twenty years on: ..."), its lead opens with "N years ago
this month" and tells the trip without its destination ("made his first trip abroad"), the next
sentences give the landing's day. The trip is the page's main event, in that month of its year, and
the landing's report is that trip; before, the lead was read as no event (no destination) and dated
to the page's month, so the landing, decades before the page and no main event's, was dropped as
background (unseen20 class: an essay's own visit). The look-alikes: a count back that names no month
("forty years ago"), a count inside a title's clause ("talks resume ten years on from the treaty"),
and trips abroad told as no one's act ("the ban on trips abroad"). Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.anniversary_titles import told_as_anniversary
from ruchina.extract.dates_ago import dates_ago
from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2017, 10, 30)


def test_years_ago_this_month_is_that_month_of_its_year():
    found = dates_ago("Twenty years ago this month, the bridge was opened.", PUBLISHED, "en")
    assert [(d.first, d.last, d.precision) for d in found] == [(dt.date(1997, 10, 1), dt.date(1997, 10, 31), "month")]


@pytest.mark.parametrize("text", ["Twenty years ago, the bridge was opened.",
                                  "Two months ago this month's bill was drafted."])
def test_a_count_back_naming_no_month_of_years_is_not_read(text):
    assert dates_ago(text, PUBLISHED, "en") == []


def test_sixty_is_a_count_back():
    found = dates_ago("Sixty years ago today, the line was closed.", PUBLISHED, "en")
    assert [(d.first, d.precision) for d in found] == [(dt.date(1957, 10, 30), "day")]


def test_a_title_closing_its_first_part_with_years_on_tells_an_anniversary():
    assert told_as_anniversary("Jiang in Washington, twenty years on: the visit that reset ties", "en")
    assert told_as_anniversary("Jiang in Washington, twenty years on", "en")
    assert not told_as_anniversary("Talks resume ten years on from the treaty", "en")
    assert not told_as_anniversary("Jiang in Washington: twenty years of ties", "en")


ESSAY = ("Twenty years ago this month, Jiang Zemin made his long-awaited trip abroad. He landed in Washington "
         "on 28 October 1997, and Bill Clinton received him at the White House the next day.\n\n"
         "Few expected much of it. The two sides still disagree on trade.")


def test_the_essays_trip_is_its_main_event_on_the_landings_day():
    events = extract_article("essay", "Jiang in Washington, twenty years on: the visit that reset ties", None,
                             ESSAY, PUBLISHED, "en").events
    visits = [e for e in events if e.main]
    assert len(visits) == 1
    visit = visits[0]
    assert visit.mentions[0].event_type == "visit"
    assert (visit.date.first, visit.date.precision) == (dt.date(1997, 10, 28), "day")
    assert visit.location_id == "washington" and "jiang-zemin" in visit.participants


def test_trips_abroad_told_as_no_ones_act_are_no_visit():
    body = "The ban on trips abroad for officials was lifted on Monday, the ministry said."
    events = extract_article("news", "Officials may travel again", None, body, PUBLISHED, "en").events
    assert not [e for e in events if e.mentions[0].event_type == "visit"]

"""A gathering of several days told on one of them: the page's meetings told held with no time of
their own were held on the page's day, not over the gathering's days (extract/gathering_day_talks.py).
A page written after the gathering, or a main event of one day, leaves them as they were.

Texts written for these tests, with an invented forum, meetings and words; each beside a look-alike
that must not do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN, MODI = "Q7747", "Q1058"
FORUM_PAGE = ("Good morning from Sochi, on the second day of the Black Sea Investment Forum (10-12 March).\n\n"
              "Vladimir Putin and Narendra Modi have just finished their meeting in the hall beside the stage.")


def putin_modi_days(body: str, published: dt.date) -> list:
    events = extract_article("t", "LIVE: Putin at the Sochi forum", None, body, published, "en").events
    return [(e.date.first, e.date.last) if e.date else None
            for e in events if "meeting" in e.types() and {PUTIN, MODI} <= e.participants]


def test_a_meeting_told_on_a_day_of_a_forum_is_on_that_day():
    day = dt.date(2033, 3, 11)
    assert putin_modi_days(FORUM_PAGE, day) == [(day, day)]


def test_a_meeting_told_on_a_page_of_the_day_after_the_forum_keeps_the_forum_s_days():
    # (the page tells no day of the forum: which of its days, it does not say)
    assert putin_modi_days(FORUM_PAGE, dt.date(2033, 3, 13)) == [(dt.date(2033, 3, 10), dt.date(2033, 3, 12))]


OPENED_PAGE = ("The Black Sea Investment Forum in Sochi opened on {opened}.\n\n"
               "Vladimir Putin and Narendra Modi also held talks.")


def test_a_meeting_told_beside_a_forum_dated_only_by_its_opening_the_day_before_is_on_the_page_s_day():
    # (a Thursday page: the forum opened on Wednesday and still runs; the talks are not Wednesday's)
    day = dt.date(2033, 3, 10)
    assert putin_modi_days(OPENED_PAGE.format(opened="Wednesday"), day) == [(day, day)]


def test_a_meeting_told_beside_a_forum_that_opened_weeks_before_the_page_is_not_dated_by_the_page():
    # (three weeks on, the forum has long closed: the page's day tells no day of its talks)
    day = dt.date(2033, 3, 31)
    assert (day, day) not in putin_modi_days(OPENED_PAGE.format(opened="March 9"), day)

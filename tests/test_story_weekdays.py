"""On a page of history, a weekday that names its day of the month ("Tuesday the 7th"), told after a
day whose year lies long before the page, is the story's day (story_years.py), not the page's last
Tuesday. A weekday alone on such a page ("on Tuesday, a plaque was unveiled") may be the page's own
news, and stays read from the page. Every fixture is written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

LIU = "liu-shaoqi"
PAGE = dt.date(2026, 3, 5)  # (a Thursday)


def _meetings(body: str):
    events = extract_article("t1", None, None, body, PAGE, "en").events
    return [e for e in events if e.mentions[0].event_type == "meeting"]


def test_a_weekday_naming_its_day_of_the_month_is_the_storys_day():
    body = ("Sixty years ago this week, on Monday 7 March 1966, Alexei Kosygin arrived in Beijing.\n\n"
            "The day after he landed, Tuesday the 8th, Liu Shaoqi received him for talks.")
    [meeting] = _meetings(body)
    assert meeting.date.first == dt.date(1966, 3, 8)
    assert LIU in meeting.participants


def test_look_alike_a_weekday_alone_stays_the_pages():
    body = ("Sixty years ago this week, on Monday 7 March 1966, Alexei Kosygin arrived in Beijing.\n\n"
            "On Tuesday, Liu Shaoqi's grandson met Alexei Kosygin's biographer at the museum.")
    for meeting in _meetings(body):
        assert meeting.date is None or meeting.date.first.year == 2026

"""A month or a week in the possessive before an event word ("next month's summit", "next week's
talks") dates that event, though the date reader takes the possessive's mark into its phrase, and
a day another clause gives ("his office said on Tuesday") is the saying's, not the event's
(extract/event_word_dates.py). Look-alikes: a year in the possessive ("this year's forum") leaves
the day its sentence gives the event; a month not in the possessive leaves the sentence as it was.
Written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2024, 3, 12)  # a Tuesday


def dates_of(body: str) -> dict[str, tuple]:
    extraction = extract_article("a", None, None, body, PUBLISHED)
    return {e.mentions[0].event_type: (e.date.first, e.date.last, e.date.precision) if e.date else None
            for e in extraction.events}


def test_next_months_summit_is_of_next_month_not_of_the_day_it_was_said():
    dates = dates_of("Narendra Modi will skip next month's G20 summit in Rome, his office said on Tuesday.")
    assert dates["summit"] == (dt.date(2024, 4, 1), dt.date(2024, 4, 30), "month")


def test_next_weeks_talks_are_of_next_week():
    dates = dates_of("Emmanuel Macron will fly to Beijing for next week's talks with Xi Jinping, an aide said on Tuesday.")
    (first, last, precision) = dates["meeting"]
    assert precision == "week" and first > PUBLISHED


def test_look_alike_this_years_forum_keeps_the_day_its_sentence_gives():
    dates = dates_of("Shinzo Abe opened this year's forum in Vladivostok on Monday.")
    assert dates["forum"] == (dt.date(2024, 3, 11), dt.date(2024, 3, 11), "day")


def test_look_alike_a_month_not_in_the_possessive_is_read_as_before():
    dates = dates_of("Narendra Modi will attend the G20 summit in Rome on 30 April, his office said in March.")
    assert dates["summit"] == (dt.date(2024, 4, 30), dt.date(2024, 4, 30), "day")

"""Dates an event word's sentence gives that are not the day it is held on, or point the
other way: a present-tense "is on Thursday" points to the coming Thursday (knowledge tense
``future``); "первая с марта встреча" (the first since March) is not dated by March (knowledge
grammar ``since``, read at the date's own first word too). Fixtures written for these tests,
with other events and leaders; each beside a look-alike."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN, LUKASHENKO = "Q7747", "alexander-lukashenko"
TUESDAY = dt.date(2023, 8, 22)


def events(title, body, language="en", day=TUESDAY):
    return extract_article("t1", title, None, body, day, language).events


def main_of(found):
    (main,) = [e for e in found if e.main]
    return main


def test_a_weekday_an_event_is_on_in_the_present_is_the_coming_one():
    found = events("Leaders gather in Johannesburg",
                   "Lula and Ramaphosa held talks in Johannesburg on Tuesday.\n\nThe plenary session of the "
                   "BRICS summit is on Thursday.")
    (summit,) = [e for e in found if "summit" in e.types()]
    assert summit.date.first == dt.date(2023, 8, 24)
    assert {m.status for m in summit.mentions} == {"planned"}


def test_a_weekday_an_event_was_on_is_the_past_one():
    found = events("Leaders gather in Johannesburg",
                   "Lula and Ramaphosa held talks in Johannesburg on Tuesday.\n\nThe plenary session of the "
                   "BRICS summit was on Thursday.")
    (summit,) = [e for e in found if "summit" in e.types()]
    assert summit.date.first == dt.date(2023, 8, 17)


def test_the_first_meeting_since_a_month_is_not_dated_by_it_in_russian():
    found = events("Путин и Лукашенко провели первую с марта очную встречу",
                   "Президент России Владимир Путин и Александр Лукашенко провели во вторник переговоры в Минске.",
                   language="ru")
    main = main_of(found)
    assert (main.date.first, main.date.last) == (TUESDAY, TUESDAY)
    assert len([e for e in found if e.participants == {PUTIN, LUKASHENKO}]) == 1


def test_a_range_opened_by_the_same_word_still_dates_the_event_in_russian():
    found = events("Путин и Лукашенко проведут переговоры с 5 по 7 сентября",
                   "Президент России Владимир Путин и Александр Лукашенко проведут переговоры в Минске.",
                   language="ru")
    main = main_of(found)
    assert (main.date.first, main.date.last) == (dt.date(2023, 9, 5), dt.date(2023, 9, 7))

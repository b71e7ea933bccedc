"""The days a several-day event spans where its article states them beside the one day its
report names (extract/event_spans.py): a duration before its event word, or the day it
lasts until. Each case sits beside a look-alike that must keep its one day."""

import datetime as dt

from ruchina.extract.extraction import extract_article

WEDNESDAY = dt.date(2018, 9, 12)


def _visit_days(body: str, language: str = "en"):
    events = extract_article("x", None, None, body, WEDNESDAY, language).events
    visits = [e for e in events if {"visit", "state_visit"} & e.types()]
    assert len(visits) == 1, [e.types() for e in events]
    return visits[0].date.first, visits[0].date.last


def test_duration_after_the_talks_day_spans_the_visit():
    body = ("Mongolian President Khaltmaagiin Battulga held talks with Vladimir Putin in Vladivostok "
            "on Wednesday at the start of a four-day official visit, the two sides said.")
    assert _visit_days(body) == (WEDNESDAY, dt.date(2018, 9, 15))


def test_visit_without_a_duration_keeps_its_day():
    body = ("Mongolian President Khaltmaagiin Battulga held talks with Vladimir Putin in Vladivostok "
            "on Wednesday at the start of an official visit, the two sides said.")
    assert _visit_days(body) == (WEDNESDAY, WEDNESDAY)


def test_until_a_weekday_is_the_coming_one_and_ends_the_visit():
    body = ("Kazakh President Nursultan Nazarbayev met Vladimir Putin in Moscow on Wednesday "
            "during a state visit to Russia that runs until Friday.")
    assert _visit_days(body) == (WEDNESDAY, dt.date(2018, 9, 14))


def test_a_day_the_visit_began_is_no_end():
    body = ("Kazakh President Nursultan Nazarbayev met Vladimir Putin in Moscow on Wednesday "
            "during a state visit to Russia that began on Monday.")
    first, last = _visit_days(body)
    assert first == last


def test_russian_visit_lasting_until_a_date():
    body = "Президент Казахстана Нурсултан Назарбаев прибыл в Москву с государственным визитом, который продлится до 14 сентября."
    assert _visit_days(body, "ru") == (WEDNESDAY, dt.date(2018, 9, 14))


def test_russian_stated_duration():
    body = "Президент Казахстана Нурсултан Назарбаев в среду начал в Москве трёхдневный государственный визит."
    assert _visit_days(body, "ru") == (WEDNESDAY, dt.date(2018, 9, 14))


def test_russian_visit_without_a_stated_end_keeps_its_day():
    body = "Президент Казахстана Нурсултан Назарбаев в среду начал в Москве государственный визит."
    assert _visit_days(body, "ru") == (WEDNESDAY, WEDNESDAY)

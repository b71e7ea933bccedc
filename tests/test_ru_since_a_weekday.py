"""Russian tells the day a stay has lasted since with "с" and the weekday's genitive ("находится в Китае
с визитом с понедельника"): that Monday is read as a day (knowledge/calendar.yaml, ru
weekday_patterns), and the visit under way begins on it (visits_under_way_since.py). Beside it, the
look-alike that must not: "в ночь со вторника на среду" names the night's Wednesday, not Tuesday.
Fixtures written for these tests (other people, another visit)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.dates import resolve_dates
from ruchina.extract.extraction import extract_article

TUESDAY, MONDAY = dt.date(2024, 11, 12), dt.date(2024, 11, 11)


def test_a_visit_under_way_since_monday_in_russian_begins_on_monday():
    body = ("Президент России Владимир Путин принял во вторник в Кремле премьер-министра Индии Нарендру Моди. "
            "Моди находится в России с визитом с понедельника.")
    visits = [e for e in extract_article("since", "Путин принял Моди", None, body, TUESDAY, "ru").events
              if e.family == "visit"]
    assert [v.date.first for v in visits] == [MONDAY]


def test_the_night_from_tuesday_to_wednesday_is_no_tuesday():
    days = resolve_dates("Переговоры шли в ночь со вторника на среду.", TUESDAY, "past", "ru")
    assert all(d.first.weekday() != 1 for d in days)

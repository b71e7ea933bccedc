"""A visit dated by its arrival ends on the later day its visitor leaves for another country
(extract/visit_leaving_for.py): "will stay in Moscow until he leaves for Belarus on Wednesday",
"В среду президент вылетает в Минск" (by his office, no name). Beside each, the look-alikes that must
keep the visit's one day: going on to another city of the same country, and someone else leaving.
Fixtures written for these tests (other people, other trips)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MONDAY, WEDNESDAY = dt.date(2019, 4, 1), dt.date(2019, 4, 3)


def _visit_days(body: str, language: str = "en"):
    events = extract_article("leaving", None, None, body, MONDAY, language).events
    [visit] = [e for e in events if e.family == "visit" and e.date is not None and e.date.first == MONDAY]
    return visit.date.first, visit.date.last


ARRIVAL = "Kazakh President Kassym-Jomart Tokayev arrived in Moscow on Monday at the start of a state visit. "


def test_leaving_for_another_country_on_a_later_day_ends_the_visit():
    body = ARRIVAL + "Tokayev will stay in the Russian capital until he leaves for Belarus on Wednesday."
    assert _visit_days(body) == (MONDAY, WEDNESDAY)


def test_leaving_for_another_city_of_the_country_ends_nothing():
    body = ARRIVAL + "Tokayev will stay in the Russian capital until he leaves for Kazan on Wednesday."
    assert _visit_days(body) == (MONDAY, MONDAY)


def test_someone_else_leaving_ends_nothing():
    body = ARRIVAL + "Sergei Lavrov leaves for Belarus on Wednesday for talks in Minsk."
    assert _visit_days(body) == (MONDAY, MONDAY)


def test_russian_visitor_told_by_his_office_flies_out_abroad():
    body = ("Президент Казахстана Касым-Жомарт Токаев в понедельник прибыл в Москву с государственным визитом. "
            "В среду президент вылетает в Минск.")
    assert _visit_days(body, "ru") == (MONDAY, WEDNESDAY)


def test_russian_flight_to_a_city_of_the_same_country_ends_nothing():
    body = ("Президент Казахстана Касым-Жомарт Токаев в понедельник прибыл в Москву с государственным визитом. "
            "В среду президент вылетает в Казань.")
    assert _visit_days(body, "ru") == (MONDAY, MONDAY)


def test_a_day_told_in_the_clause_after_the_place_left_for_is_not_the_leaving_s():
    body = ARRIVAL + "Tokayev leaves for Belarus, where he opens a forum on Wednesday."
    assert _visit_days(body) == (MONDAY, MONDAY)

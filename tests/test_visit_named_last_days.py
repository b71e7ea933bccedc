"""A visit's last day named beside a day of its sentence (extract/visit_named_last_days.py): in apposition
before the visit's word ("Am 19. April, dem letzten Tag des Besuchs, ..."), or right after it as the day
it ran to ("代表团在日访问至4月19日"); and a visit of several days told as a tour of the host country's
unnamed cities, placed in the country (extract/visit_tours.py). Beside each, the look-alike that must not:
another event's last day, a later visit dated by its own day, a tour no report of the visit tells.
Fixtures written for these tests (Gorbachev's visit to Japan of April 1991, told on pages of 2021)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog

GORBACHEV = "mikhail-gorbachev"
PAGE = dt.date(2021, 4, 16)
ARRIVAL, LAST_DAY = dt.date(1991, 4, 16), dt.date(1991, 4, 19)
TOKYO = "Q1490"
JAPAN = entity_catalog().places_containing(TOKYO)[-1]
DE_ARRIVAL = "Am 16. April 1991 landete Michail Gorbatschow zu einem Besuch in Tokio. "
DE_LAST_DAY = " Am 19. April, dem letzten Tag des Besuchs, gab es eine Erklärung."
ZH_ARRIVAL = "1991年4月16日，戈尔巴乔夫抵达东京，开始对日本的访问。"


def visits(title: str, body: str, language: str):
    events = extract_article("last-days", title, None, body, PAGE, language).events
    return [e for e in events if e.family == "visit" and GORBACHEV in e.participants]


def test_a_day_in_apposition_to_the_visits_last_day_ends_it():
    body = ("Am 16. April 1991 landete Michail Gorbatschow zu einem Besuch in Tokio. Am 19. April, dem letzten "
            "Tag des Besuchs, unterzeichneten beide Seiten eine Erklärung.")
    [visit] = visits("Vor 30 Jahren: Gorbatschow in Tokio", body, "de")
    assert (visit.date.first, visit.date.last) == (ARRIVAL, LAST_DAY)


def test_another_events_last_day_ends_no_visit():
    body = ("Am 16. April 1991 landete Michail Gorbatschow zu einem Besuch in Tokio. Am 19. April, dem letzten "
            "Tag der Messe, sprach er vor Unternehmern.")
    [visit] = visits("Vor 30 Jahren: Gorbatschow in Tokio", body, "de")
    assert visit.date.last == ARRIVAL


def test_the_day_a_visit_ran_to_right_after_its_word_ends_it_and_makes_no_visit_of_its_own():
    body = ZH_ARRIVAL + "访问期间，海部俊树同戈尔巴乔夫举行会谈。戈尔巴乔夫在日访问至4月19日。"
    found = visits("1991年4月16日 戈尔巴乔夫抵达东京", body, "zh")
    assert [(v.date.first, v.date.last) for v in found] == [(ARRIVAL, LAST_DAY)]


def test_a_later_visit_dated_by_its_own_day_is_no_last_day():
    body = ZH_ARRIVAL + "4月19日，戈尔巴乔夫访问韩国济州岛。"
    assert all(v.date.last != LAST_DAY or v.date.first == LAST_DAY for v in visits("戈尔巴乔夫访日", body, "zh"))


def test_a_visit_touring_unnamed_cities_of_the_country_is_the_countrys():
    body = DE_ARRIVAL + "In den folgenden Tagen reiste Gorbatschow durch mehrere Städte des Landes." + DE_LAST_DAY
    [visit] = visits("Vor 30 Jahren: Gorbatschow in Tokio", body, "de")
    assert visit.location_id == JAPAN


def test_a_tour_no_report_of_the_visit_tells_places_nothing():
    body = DE_ARRIVAL + "Im Jahr zuvor reisten Unternehmer durch mehrere Städte des Landes." + DE_LAST_DAY
    [visit] = visits("Vor 30 Jahren: Gorbatschow in Tokio", body, "de")
    assert visit.location_id == TOKYO


def test_a_one_day_visit_tours_nothing():
    body = ("Am 16. April 1991 besuchte Michail Gorbatschow Tokio für einen Tag und reiste durch mehrere "
            "Städte.")
    assert all(v.location_id != JAPAN for v in visits("Gorbatschow in Tokio", body, "de"))

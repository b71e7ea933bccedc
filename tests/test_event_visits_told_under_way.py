"""A visit told as under way in the present, in a sentence of no other event ("we are glad to
welcome X, who is in Russia on an official visit", "который находится в России с официальным
визитом"): a report of the visit, undated, with its host once the page tells their talks
(extract/visits_told_under_way.py). Beside it, the look-alikes left out as background: a visit
told in the past ("who was in Russia on a visit in 2019"), and one recalled with no tense of its
own ("we recall his official visit"). Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN = CATALOG.named("Vladimir Putin").entity_id
TOKAYEV = CATALOG.named("Kassym-Jomart Tokayev").entity_id
PUBLISHED = dt.date(2024, 11, 12)


def visits(title: str, body: str, language: str):
    extraction = extract_article("under-way", title, None, body, PUBLISHED, language)
    return [e for e in extraction.events if e.family == "visit"]


EN_TITLE = "Press statements following Russian-Kazakh talks"
EN_TALKS = " Our talks were held in a friendly and constructive atmosphere."


def test_a_visit_told_under_way_is_reported():
    body = "Vladimir Putin: Friends, we are glad to welcome Kassym-Jomart Tokayev, who is in Russia on an official visit." + EN_TALKS
    [visit] = visits(EN_TITLE, body, "en")
    assert TOKAYEV in visit.participants
    assert visit.date is None


def test_a_visit_told_under_way_in_russian_is_reported_with_its_host():
    body = ("В.Путин: Уважаемые друзья! Рады приветствовать Касым-Жомарта Токаева, который находится в России "
            "с официальным визитом. Владимир Путин и Касым-Жомарт Токаев провели переговоры.")
    [visit] = visits("Заявления для прессы по итогам переговоров", body, "ru")
    assert {TOKAYEV, PUTIN} <= visit.participants


def test_a_visit_told_in_the_past_stays_background():
    body = ("Vladimir Putin: Friends, we are glad to welcome Kassym-Jomart Tokayev, who was in Russia on an "
            "official visit in 2019." + EN_TALKS)
    assert visits(EN_TITLE, body, "en") == []


def test_a_visit_recalled_with_no_tense_of_its_own_stays_background():
    body = "Vladimir Putin: Friends, we recall Kassym-Jomart Tokayev's official visit to Russia." + EN_TALKS
    assert visits(EN_TITLE, body, "en") == []

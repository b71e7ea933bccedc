"""Russian: the clause and the day of the events around the Victory celebrations. Every text
is written for the test in the style of Kremlin coverage; each one has a look-alike beside it
that must come out the other way: a clause a conjunction opens after a comma is a clause of
its own (its date is not the event's before it); the anniversary an event is timed to is its
occasion, which dates the celebrations but not a forum held for it."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, LUKASHENKO = (CATALOG.named(name).entity_id for name in ("Vladimir Putin", "Alexander Lukashenko"))
PUBLISHED = dt.date(2025, 3, 20)


def reports(body: str, kind: str, published: dt.date = PUBLISHED):
    article = extract_article("ru-celebrations", None, None, body, published, "ru")
    return [m for m in article.event_mentions if m.event_type == kind]


def days(found) -> set:
    return {m.date.first if m.date else None for m in found}


# --- a clause of its own after "а", "но" ----------------------------------------------------

def test_a_date_before_a_comma_and_a_conjunction_does_not_date_the_forum_after_them():
    body = "Мы рады назвать дату 12 июня, а до этого в Казани состоится большой форум молодых учёных."
    found = reports(body, "forum")
    assert found and days(found) == {None}


def test_a_date_in_the_clause_of_the_forum_dates_it():
    body = "Мы рады сообщить, что 12 июня в Казани состоится большой форум молодых учёных."
    assert days(reports(body, "forum")) == {dt.date(2025, 6, 12)}


def test_a_place_before_a_comma_and_but_does_not_place_the_visit_after_it():
    body = ("Мы виделись на выставке в Сочи, но особенно рад, что Вы совершили визит "
            "в нашу страну.")
    found = reports(body, "visit")
    assert found and all(m.location_id != CATALOG.named("Sochi").entity_id for m in found)


def test_a_place_in_the_clause_of_the_visit_places_it():
    body = "Особенно рад, что Вы совершили визит в Сочи."
    found = reports(body, "visit")
    assert {m.location_id for m in found} == {CATALOG.named("Sochi").entity_id}


# --- the occasion an event is timed to -----------------------------------------------------

def test_a_forum_timed_to_the_anniversary_of_victory_is_not_held_on_its_day():
    body = "Форум, организованный парламентариями двух стран, приурочен к 80-летию Великой Победы."
    found = reports(body, "forum", dt.date(2025, 4, 20))
    assert found and dt.date(2025, 5, 9) not in days(found)


def test_the_celebrations_timed_to_the_anniversary_of_victory_are_held_on_its_day():
    body = ("Президент Белоруссии Александр Лукашенко примет участие в торжественных мероприятиях, "
            "приуроченных к 80-летию Великой Победы.")
    assert dt.date(2025, 5, 9) in days(reports(body, "parade", dt.date(2025, 4, 20)))


def test_an_anniversary_that_is_no_occasion_still_dates_the_forum():
    body = "Форум пройдёт в день 80-летия Великой Победы в Волгограде."
    assert dt.date(2025, 5, 9) in days(reports(body, "forum", dt.date(2025, 4, 20)))

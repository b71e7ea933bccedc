"""A place told as where the event's people go once it is over ("a summit that X chairs on
Monday morning, before they fly to Johannesburg"): the next leg's, not the event's
(extract/next_leg_places.py; knowledge/events_<language>.yaml ``next_leg``). The look-alike: the
place the event's own words give stays its place. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

DAY = dt.date(2023, 9, 17)


def summit_places(body: str, language: str) -> set:
    extraction = extract_article("leg", None, None, body, DAY, language)
    return {e.location_id for e in extraction.events if "summit" in e.types()}


@pytest.mark.parametrize("language, body", [
    ("en", "Lula and Modi are expected on Monday at a summit on climate that Guterres chairs, before they "
           "fly to Johannesburg."),
    ("fr", "Lula et Modi sont attendus lundi à un sommet sur le climat, avant de partir pour Johannesburg."),
])
def test_the_place_the_people_go_to_next_is_not_the_summit_s(language, body):
    assert "johannesburg" not in summit_places(body, language)


def test_look_alike_the_summit_s_own_place_stays():
    body = "Lula and Modi are expected on Monday at a summit on climate in Johannesburg, before they fly home."
    assert summit_places(body, "en") == {"johannesburg"}


def visit_places(body: str, language: str) -> set:
    extraction = extract_article("leg", None, None, body, DAY, language)
    return {e.location_id for e in extraction.events if "visit" in e.types()}


@pytest.mark.parametrize("language, body", [
    ("ru", "Александр Лукашенко находится в Китае с официальным визитом 18-19 сентября. "
           "Во вторник Лукашенко завершит визит и вернется в Минск."),
    ("en", "Alexander Lukashenko is in China on an official visit on September 18 and 19. "
           "On Tuesday Lukashenko will end the visit and fly back to Minsk."),
    ("es", "Alexander Lukashenko está en China en visita oficial el 18 y 19 de septiembre. "
           "El martes Lukashenko concluirá la visita y regresará a Minsk."),
])
def test_home_a_visitor_goes_back_to_when_the_visit_ends_is_not_a_visit_s_place(language, body):
    assert "minsk" not in visit_places(body, language)


def test_look_alike_the_visit_s_own_place_before_the_return_stays():
    body = "On Tuesday Lukashenko will end his visit to Shanghai and fly back to Minsk."
    assert visit_places(body, "en") == {"shanghai"}

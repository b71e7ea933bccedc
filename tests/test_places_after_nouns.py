"""A city right after an event noun and its "de" is the event's place (places_after_nouns.py and
``place_after_noun`` in knowledge/events_fr.yaml, events_es.yaml), as "the Kazan summit" is in
English. Fixtures written for these tests, with other gatherings and places than any page read;
each beside a look-alike where the word after "de" names no city."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
KAZAN, RUSSIA, SCO = (CATALOG.named(name).entity_id for name in ("Kazan", "Russia", "Shanghai Cooperation Organization"))
DAY = dt.date(2024, 10, 24)


def places(text: str, language: str) -> list[str | None]:
    return [m.location_id for m in extract_article("t1", None, None, text, DAY, language).event_mentions
            if m.event_type == "summit"]


@pytest.mark.parametrize("language, text", [
    # (the country after a comma is less specific than the city after "de")
    ("fr", "Les dirigeants ont clos jeudi le sommet de Kazan, en Russie, sur une déclaration."),
    ("es", "Los líderes clausuraron el jueves la cumbre de Kazán, en Rusia, con una declaración."),
])
def test_a_city_right_after_the_summits_de_is_its_place(language, text):
    assert places(text, language) == [KAZAN]


@pytest.mark.parametrize("language, text", [
    # (a country after "de" is a side or a host, not the city: the venue words decide as before)
    ("fr", "Le sommet de la Russie et de l'ASEAN s'est tenu jeudi en Russie."),
    ("es", "La cumbre de Rusia y la ASEAN se celebró el jueves en Rusia."),
])
def test_look_alike_a_country_after_de_is_no_city_and_the_venue_words_decide(language, text):
    assert places(text, language) == [RUSSIA]


def test_look_alike_a_body_after_de_is_no_place():
    assert places("Le sommet de l'OCS s'est ouvert jeudi.", "fr") == [None]

""""Les dirigeants du Kazakhstan et de la Biélorussie", "los presidentes de Kazajistán y
Bielorrusia", "die Staatschefs von Kasachstan und Weißrussland": each country's leader the
article names takes part in the event they hold (knowledge/events_<language>.yaml,
leaders_of). Texts written for the test; each has a look-alike that must not be read so."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
TOKAYEV, LUKASHENKO = (CATALOG.named(name).entity_id for name in ("Kassym-Jomart Tokayev", "Alexander Lukashenko"))
PUBLISHED = dt.date(2023, 11, 23)


def summit_people(body: str, language: str) -> set[str]:
    found = extract_article("t", None, None, body, PUBLISHED, language).event_mentions
    return set().union(*(set(m.participant_ids) for m in found if m.event_type == "summit"))


@pytest.mark.parametrize("language, body", [
    ("fr", "Tokaïev a accueilli Loukachenko mercredi.\n\n"
           "Les dirigeants du Kazakhstan et de la Biélorussie ont clos jeudi leur sommet à Astana."),
    ("es", "Tokayev recibió a Lukashenko el miércoles.\n\n"
           "Los presidentes de Kazajistán y Bielorrusia clausuraron el jueves su cumbre en Astaná."),
    ("de", "Tokajew empfing Lukaschenko am Mittwoch.\n\n"
           "Die Staatschefs von Kasachstan und Weißrussland beendeten am Donnerstag ihren Gipfel in Astana."),
])
def test_the_leaders_of_countries_named_are_the_article_s_leaders_of_them(language, body):
    assert summit_people(body, language) >= {TOKAYEV, LUKASHENKO}


def test_a_country_named_without_its_leaders_gives_no_one():
    # (the people of a country are not its leader: "les habitants du Kazakhstan")
    body = ("Tokaïev a accueilli Loukachenko mercredi.\n\n"
            "Les habitants du Kazakhstan ont suivi jeudi le sommet à la télévision.")
    assert LUKASHENKO not in summit_people(body, "fr")


def _events(body: str):
    return extract_article("t", None, None, body, PUBLISHED, "en").events


def test_talks_of_two_at_a_summit_of_more_leaders_are_apart_from_it():
    body = ("Tokayev welcomed Lula and Erdogan to Astana on Wednesday.\n\n"
            "The leaders of Kazakhstan, Brazil and Turkey closed their summit in Astana on Thursday. "
            "Lula met Erdogan on Thursday in Astana.")
    kinds = sorted(tuple(sorted(e.types())) for e in _events(body))
    assert ("meeting",) in kinds and ("summit",) in kinds

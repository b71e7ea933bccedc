"""A visiting leader's talks "with his Kazakh host", "avec son hôte kazakh", "con su anfitrión kazajo",
"mit seinem kasachischen Gastgeber": the host is that country's leader the article names. Look-alikes:
a host of another nationality the article does not name adds no one, and "host" naming a city or a
country is no person. Every fixture is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
TOKAYEV, MODI = (CATALOG.named(name).entity_id for name in ("Kassym-Jomart Tokayev", "Narendra Modi"))
PUBLISHED = dt.date(2024, 7, 2)  # a Tuesday

OPENINGS = {
    "en": "The summit, chaired by Kassym-Jomart Tokayev, brought Narendra Modi to Astana on Tuesday. ",
    "fr": "Le sommet, présidé par Kassym-Jomart Tokaïev, a réuni mardi à Astana Narendra Modi. ",
    "es": "La cumbre, presidida por Kassym-Jomart Tokáyev, reunió el martes en Astaná a Narendra Modi. ",
    "de": "Der Gipfel unter Vorsitz von Kassym-Jomart Tokajew brachte am Dienstag Narendra Modi nach Astana. ",
}
TALKS = {
    "en": "Modi will hold talks on Wednesday with his {demonym} host.",
    "fr": "Modi doit s'entretenir mercredi avec son hôte {demonym}.",
    "es": "Modi se reunirá el miércoles con su anfitrión {demonym}.",
    "de": "Modi trifft am Mittwoch seinen {demonym} Gastgeber.",
}
KAZAKH = {"en": "Kazakh", "fr": "kazakh", "es": "kazajo", "de": "kasachischen"}
MONGOLIAN = {"en": "Mongolian", "fr": "mongol", "es": "mongol", "de": "mongolischen"}


def wednesday_people(language: str, demonym: str) -> list[set[str]]:
    body = OPENINGS[language] + TALKS[language].format(demonym=demonym)
    mentions = extract_article("t", None, None, body, PUBLISHED, language).event_mentions
    return [set(m.participant_ids) for m in mentions
            if m.date is not None and m.date.first == dt.date(2024, 7, 3) and MODI in m.participant_ids]


@pytest.mark.parametrize("language", sorted(TALKS))
def test_talks_with_the_visitors_host_of_a_nationality_are_with_that_countrys_leader(language):
    assert wednesday_people(language, KAZAKH[language]) == [{MODI, TOKAYEV}]


@pytest.mark.parametrize("language", sorted(TALKS))
def test_look_alike_a_host_of_a_nationality_the_article_names_no_leader_of_adds_no_one(language):
    assert wednesday_people(language, MONGOLIAN[language]) == [{MODI}]


def test_look_alike_a_host_city_is_no_person():
    body = OPENINGS["en"] + "Modi will tour the Kazakh host city's new quarter on Wednesday."
    mentions = extract_article("t", None, None, body, PUBLISHED, "en").event_mentions
    assert not any(TOKAYEV in m.participant_ids and MODI in m.participant_ids and m.date is not None
                   and m.date.first == dt.date(2024, 7, 3) for m in mentions)

"""A person named with the body he speaks for ("said Tan Weiming of the Institute of Baltic
Studies") is two names: the person and the organisation, typed by its head word even where the
head opens the name ("Centre for ..."); a person after his title and before his known country
("President Moreno of the Oriental Republic of Uruguay") is the person. Its look-alikes: names
that hold "of" themselves ("Bank of Lagos", "Duke of Kent", "Old Boys of the Lagos Academy") stay
one, and an office of a country ("the Minister of Foreign Affairs of Uruguay") is no person.
Fixtures written for the test."""

from __future__ import annotations

import pytest

from ruchina.extract.linking import link_entities


def discovered(text):
    return {m.name: m.entity_type for m in link_entities(text) if not m.linked}


@pytest.mark.parametrize("text, person, body", [
    ('"The route matters," said Tan Weiming of the Institute of Baltic Studies, a private centre.',
     "Tan Weiming", "Institute of Baltic Studies"),
    ("The analyst Oskar Lindqvist of the Centre for Maritime Economics said ports would grow.",
     "Oskar Lindqvist", "Centre for Maritime Economics"),
    ("The analyst Oskar Lindqvist of the Nordic Centre for Shipping said so.", "Oskar Lindqvist",
     "Nordic Centre for Shipping"),
    ('"It will take years," said Maren Holt of the Fenwick Institution.', "Maren Holt", "Fenwick Institution"),
])
def test_a_person_of_an_organisation_is_the_person_and_the_organisation(text, person, body):
    found = discovered(text)
    assert found.get(person) == "PERSON"
    assert found.get(body) == "ORG"
    assert not any(" of the " in name for name in found)


@pytest.mark.parametrize("text, name", [
    ("The Bank of Lagos raised its rate on Monday.", "Bank of Lagos"),
    ("The Duke of Kent opened the bridge.", "Duke of Kent"),
    ("The Old Boys of the Lagos Academy gave the grant.", "Old Boys of the Lagos Academy"),  # common words
    ("Daughters of the Nile Foundation gave the grant on Monday.", "Daughters of the Nile Foundation"),
])
def test_look_alike_a_name_holding_of_stays_one(text, name):
    assert name in discovered(text)


@pytest.mark.parametrize("country", ["the Oriental Republic of Uruguay", "Uruguay", "the Republic of Uruguay"])
def test_a_person_between_his_title_and_his_known_country_is_found(country):
    found = discovered(f"Vladimir Putin received President Moreno of {country} in the Kremlin.")
    assert found.get("Moreno") == "PERSON"


def test_look_alike_an_office_of_a_country_is_no_person():
    found = discovered("Vladimir Putin received the Minister of Foreign Affairs of Uruguay in the Kremlin.")
    assert not any(entity_type == "PERSON" for entity_type in found.values())

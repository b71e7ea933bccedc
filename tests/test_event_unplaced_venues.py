"""A venue the knowledge base does not know, under a dateline naming a city, is in that city
(extract/unplaced_venues.py): "the Presidential Palace" stands in many capitals, and the
dateline says whose. Beside it the look-alikes: the same venue with no dateline (itself, as
before), a venue the knowledge base places (in its city), and one it knows with no city.

Every fixture is written for these tests, with leaders, places and wording of their own."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

LULA, RAMAPHOSA = "luiz-inacio-lula-da-silva", "Q1148669"
BRASILIA, BEIJING = "Q2844", "Q956"
DAY = dt.date(2023, 8, 25)
TALKS = "Brazilian President Lula da Silva and South African President Cyril Ramaphosa held talks "


def place_of_talks(title, body):
    events = extract_article("a", title, None, body, DAY, "en").events
    (talks,) = [e for e in events if {LULA, RAMAPHOSA} <= e.participants]
    return talks.location_id


def test_an_unknown_venue_under_a_dateline_is_in_the_datelines_city():
    assert place_of_talks("Lula and Ramaphosa talk trade",
                          "BRASILIA, August 25 (Wire) -- " + TALKS + "at the Presidential Palace on Friday.") == BRASILIA


def test_an_unknown_venue_with_no_dateline_stays_itself():
    """The look-alike: nothing says which city's palace it is."""
    assert place_of_talks("Lula and Ramaphosa talk trade",
                          TALKS + "at the Presidential Palace on Friday.") == "presidential-palace"


def test_a_venue_the_knowledge_base_places_is_in_its_city():
    """The look-alike: the knowledge base puts the hall in Beijing."""
    assert place_of_talks("Lula and Ramaphosa talk trade",
                          TALKS + "at the Great Hall of the People on Friday.") == BEIJING


def test_a_venue_the_knowledge_base_knows_without_a_city_stays_itself():
    """The look-alike: a residence the knowledge base knows is a place of its own."""
    assert place_of_talks("Lula and Ramaphosa talk trade", TALKS + "at Novo-Ogaryovo on Friday.") == "novo-ogaryovo"

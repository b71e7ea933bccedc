"""A room of a known building places the event in the building's city, and the people of what an act
prepares take no part in it.

"Signed in a hall of the Kremlin", "in one of the halls of the Kremlin": the Kremlin is the building
there, as in "in the Kremlin", and the signing is placed in Moscow (extract/linking.py reads the
building past the room's words; knowledge/events_en.yaml lists the room's words as a venue's
preposition). "The Kremlin said" stays the presidency, and a room of something that is no place
places nothing.

"Arrives in Moscow to prepare Xi trip", "the visit is meant to prepare a trip by X": the one whose
trip is prepared is no party to the visit that prepares it (events_en.yaml: time_links_ahead, as
"ahead of X's visit"); one named before the words, the visitor, is.

Texts written for these tests, with invented meetings and words; each beside a look-alike that must
not do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities
from ruchina.knowledge.base import entity_catalog

DAY = dt.date(2031, 4, 9)


def events(body: str, title: str | None = None):
    return extract_article("t", title, None, body, DAY, "en").events


def kremlin_sense(text: str) -> str:
    return next(m.name for m in link_entities(text) if m.surface == "Kremlin")


# --- a room of a known building

def test_a_hall_of_the_kremlin_is_the_building():
    assert kremlin_sense("The ministers signed the accord in a hall of the Kremlin.") == "Moscow Kremlin"
    assert kremlin_sense("They met in one of the halls of the Kremlin on Monday.") == "Moscow Kremlin"
    # (the look-alike: the presidency speaks)
    assert kremlin_sense("A spokesman for the Kremlin said the hall was ready.") == "Kremlin"


def test_an_agreement_signed_in_a_hall_of_a_known_building_is_in_its_city():
    body = ("On Tuesday evening, in a hall of the Kremlin, the foreign ministers of Mongolia and Laos signed "
            "a treaty on cultural exchanges.")
    (signing,) = [e for e in events(body) if "agreement" in e.types()]
    assert signing.location_id == entity_catalog().named("Moscow").entity_id


def test_a_room_of_no_known_place_places_nothing():
    body = ("On Tuesday evening, in a hall of the old library, the foreign ministers of Mongolia and Laos "
            "signed a treaty on cultural exchanges.")
    (signing,) = [e for e in events(body) if "agreement" in e.types()]
    assert signing.location_id is None


# --- the people of what an act prepares

WANG, XI, LAVROV = "wang-yi", "Q15031", "sergei-lavrov"


def test_the_one_whose_trip_a_visit_prepares_is_no_party_to_the_visit():
    title = "Wang Yi lands in Moscow to prepare Xi trip"
    body = ("Chinese Foreign Minister Wang Yi arrived in Moscow on Wednesday for a two-day visit. "
            "The visit is meant to prepare a trip by President Xi Jinping later in the year.")
    visits = [e for e in events(body, title) if e.family == "visit" and WANG in e.participants]
    assert visits and all(XI not in v.participants for v in visits)


def test_the_visitor_named_before_the_words_of_preparing_is_the_visit_s():
    # (the look-alike: the people of the act itself stay, whatever it prepares)
    body = "Chinese Foreign Minister Wang Yi held talks with Sergei Lavrov in Moscow on Wednesday to prepare a summit."
    (talks,) = [e for e in events(body) if "meeting" in e.types()]
    assert {WANG, LAVROV} <= talks.participants

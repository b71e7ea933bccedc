"""A place named as a source ("according to Brazil's foreign ministry") is whose word the report is,
not where the event it tells happens (extract/event_places.py, the language's ``source_before``).
Texts written for these tests, invented events, each beside a look-alike that must keep its place."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog

DAY = dt.date(2031, 3, 12)


def place_of(body: str, kind: str) -> str | None:
    """The place of the one event of that kind the text reports (fails on none or several)."""
    (event,) = [e for e in extract_article("a", None, None, body, DAY, "en").events if kind in e.types()]
    return event.location_id


def place(name: str) -> str:
    return entity_catalog().named(name).entity_id


def test_a_country_whose_ministry_is_the_source_does_not_place_the_summit():
    body = ("According to Brazil's foreign ministry, Lula will take part in the summit of the Arctic Council "
            "by video on Friday.")
    assert place_of(body, "summit") is None


def test_a_country_whose_ministry_is_the_source_does_not_place_the_leaders_meeting():
    body = ("According to Brazil's foreign ministry, Lula will join the 30th Arctic Council Leaders' Meeting "
            "by video on Friday.")
    assert place_of(body, "meeting") is None


def test_look_alike_a_city_told_in_the_clause_keeps_it_with_the_source_after():
    body = ("Lula will attend the summit of the Arctic Council in Brasilia on Friday, according to Brazil's "
            "foreign ministry.")
    assert place_of(body, "summit") == place("Brasília")


def test_look_alike_a_source_with_no_place_leaves_the_venue_alone():
    body = "According to diplomats, Lula will attend the summit of the Arctic Council in Brasilia on Friday."
    assert place_of(body, "summit") == place("Brasília")


def test_look_alike_a_country_the_summit_is_held_in_places_it():
    body = "Lula will host the summit of the Arctic Council in Brazil on Friday."
    assert place_of(body, "summit") == place("Brazil")

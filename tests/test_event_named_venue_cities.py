"""A venue the knowledge base does not know, its city named right after it ("at Merdeka Palace,
Jakarta", "in the Yad Vashem Memorial Park in Jerusalem"): the event is in that city, as a report
naming the city alone says, not at a name the base cannot place (extract/named_venue_cities.py).
Look-alikes: the venue alone keeps the venue; a place after a comma with no venue's name and
preposition before it ("met X, Indonesia's president") places nothing. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
JAKARTA, JERUSALEM = CATALOG.named("Jakarta").entity_id, CATALOG.named("Jerusalem").entity_id
DAY = dt.date(2034, 6, 5)


def _places(body: str, kind: str) -> list:
    return [m.location_id for m in extract_article("venue", None, None, body, DAY, "en").event_mentions
            if m.event_type == kind]


def test_talks_at_an_unknown_venue_and_its_city_after_a_comma_are_in_the_city():
    body = "German Chancellor Olaf Scholz held talks with President Joko Widodo at Merdeka Palace, Jakarta, on Friday."
    assert _places(body, "meeting") == [JAKARTA]


def test_a_wreath_laid_in_an_unknown_memorial_in_a_city_is_in_the_city():
    body = ("German Chancellor Olaf Scholz laid a wreath at the Hall of Remembrance in the Yad Vashem Memorial Park "
            "in Jerusalem on Monday.")
    assert _places(body, "other") == [JERUSALEM]


def test_look_alike_the_venue_alone_keeps_the_venue():
    body = "German Chancellor Olaf Scholz held talks with President Joko Widodo at Merdeka Palace on Friday."
    assert _places(body, "meeting") not in ([JAKARTA], [None])


def test_look_alike_a_place_after_a_comma_and_no_venue_places_nothing():
    body = "German Chancellor Olaf Scholz met Joko Widodo, Indonesia's president, on Friday."
    assert _places(body, "meeting") == [None]


def test_look_alike_a_source_named_before_a_comma_is_no_venue():
    # ("according to Xinhua, China's agency": the source's name and its country, no venue and no place)
    body = "Olaf Scholz and Joko Widodo have already met, according to Antara, Indonesia's state news agency."
    assert _places(body, "meeting") == [None]


def test_look_alike_a_month_before_a_comma_is_no_venue():
    # (a month the text finds no name in: the summit is not placed in the country after it)
    body = ("The leaders of the bloc met by video on Monday, after for several days in January, Kazakhstan went "
            "through unrest.")
    assert JAKARTA not in _places(body, "meeting") and all(
        p is None or CATALOG.get(p).name != "Kazakhstan" for p in _places(body, "meeting"))

"""A visit told as the frame of its visitor's talks in another city of the same country is
placed in that country (extract/visit_frame_places.py); talks in the visit's own city, or in
another country, leave it where it was."""

import datetime as dt

from ruchina.extract.extraction import extract_article

FRIDAY = dt.date(2019, 4, 26)


def _visit_place(body: str, language: str = "en"):
    events = extract_article("x", None, None, body, FRIDAY, language).events
    visits = [e for e in events if {"visit", "state_visit"} & e.types()]
    assert len(visits) == 1, [e.types() for e in events]
    return visits[0].location_id


def test_talks_in_the_capital_during_a_visit_begun_in_another_city_place_it_in_the_country():
    body = ("Kazakh President Kassym-Jomart Tokayev held talks with Vladimir Putin in Moscow on Friday, "
            "midway through a state visit that he began on Wednesday in Kazan.")
    assert _visit_place(body) == "Q159"


def test_talks_in_the_visits_own_city_keep_it_there():
    body = ("Kazakh President Kassym-Jomart Tokayev held talks with Vladimir Putin in Moscow on Friday, "
            "midway through a state visit that he began on Wednesday in Moscow.")
    assert _visit_place(body) == "Q649"

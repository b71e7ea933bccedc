"""A recurring event the knowledge base says is held in one place every time (`held_in`) is
placed there when its report names no place; talks that only mention it, and a gathering of
another kind, are not (extract/named_event_places.py)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog

WEDNESDAY = dt.date(2022, 6, 15)


def events(body: str):
    return extract_article("t1", None, None, body, WEDNESDAY).events


def place(name: str) -> str:
    return entity_catalog().named(name).entity_id


def test_a_forum_held_in_one_city_every_year_is_placed_there():
    (forum,) = [e for e in events("Kassym-Jomart Tokayev addressed the St. Petersburg International Economic "
                                  "Forum on Wednesday, its organisers said.") if e.family == "forum"]
    assert forum.location_id == place("Saint Petersburg")


def test_a_place_the_report_gives_wins_and_talks_that_name_the_forum_are_not_placed_by_it():
    found = events("Kassym-Jomart Tokayev met Vladimir Putin in Moscow on Wednesday to discuss the agenda of "
                   "the Eastern Economic Forum.")
    assert [e.location_id for e in found if e.family != "forum"] == [place("Moscow")]
    talks = events("Kassym-Jomart Tokayev spoke with Vladimir Putin by phone on Wednesday about the Eastern "
                   "Economic Forum.")
    assert all(e.location_id is None for e in talks if e.family != "forum")


def test_a_gathering_held_in_a_new_place_each_time_stays_unplaced():
    (summit,) = events("Kassym-Jomart Tokayev attended the BRICS summit on Wednesday.")
    assert summit.location_id is None

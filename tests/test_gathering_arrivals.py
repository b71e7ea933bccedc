"""An arrival at a summit's or forum's place the evening before it opens, or on the first of its
several days, is the trip to it, no visit of its own (gathering_arrivals.py). Fixtures written for
these tests (other leaders, other places), each beside a look-alike that must not trigger: a visit
told with days of its own, an arrival in another city, a visit on the one day of a one-day forum."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LUKASHENKO, ASTANA, MINSK = (CATALOG.named(name).entity_id for name in (
    "Alexander Lukashenko", "Astana", "Minsk"))
THURSDAY = dt.date(2024, 7, 4)


def events(body: str, language: str = "en", title: str | None = None):
    return extract_article("arrival", title, None, body, THURSDAY, language).events


def visits(found):
    return [e for e in found if e.types() & {"visit", "state_visit"}]


SUMMIT = "Alexander Lukashenko and Kassym-Jomart Tokayev will attend the SCO summit in Astana on Thursday and Friday."


def test_an_arrival_the_evening_before_the_summit_is_the_trip_to_it():
    found = events("Alexander Lukashenko arrived in Astana on Wednesday. " + SUMMIT)
    (summit,) = [e for e in found if e.types() == {"summit"}]
    assert LUKASHENKO in summit.participants and summit.location_id == ASTANA
    assert visits(found) == []


def test_an_arrival_on_the_first_of_the_summits_days_too():
    found = events("Alexander Lukashenko arrived in Astana on Thursday. " + SUMMIT)
    assert visits(found) == []


def test_a_visit_told_with_days_of_its_own_stays():
    body = ("Alexander Lukashenko arrived in Astana on Wednesday for a three-day state visit. "
            "He held talks with Kassym-Jomart Tokayev on Wednesday. " + SUMMIT)
    (visit,) = visits(events(body))
    assert visit.location_id == ASTANA and LUKASHENKO in visit.participants


def test_an_arrival_in_another_city_stays():
    found = events("Alexander Lukashenko arrived in Minsk on Wednesday. " + SUMMIT)
    assert [v.location_id for v in visits(found)] == [MINSK]


def test_a_visit_on_the_one_day_of_a_one_day_forum_stays():
    body = ("Alexander Lukashenko visited Astana on Thursday. "
            "Alexander Lukashenko and Kassym-Jomart Tokayev attended the regions forum in Astana on Thursday.")
    (visit,) = visits(events(body))
    assert visit.location_id == ASTANA


def test_an_arrival_the_evening_before_a_parade_is_the_trip_to_it():
    body = ("Alexander Lukashenko landed in Astana on Wednesday. "
            "Alexander Lukashenko and Kassym-Jomart Tokayev watched the military parade in Astana on Thursday.")
    found = events(body)
    assert any(e.types() == {"parade"} and LUKASHENKO in e.participants for e in found)
    assert visits(found) == []


def test_an_arrival_two_days_before_a_parade_stays():
    body = ("Alexander Lukashenko landed in Astana on Tuesday. "
            "Alexander Lukashenko and Kassym-Jomart Tokayev watched the military parade in Astana on Thursday.")
    assert [v.location_id for v in visits(events(body))] == [ASTANA]

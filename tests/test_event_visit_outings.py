"""A state visit's outings away from its talks: a boat ride the host takes his guest on is an event
of its own ("took a boat ride on the lake": `other`), not a distance ("a short boat ride from the
port"); an outing told in a "where" clause after the visit's word and its place ("will visit Bali,
where the two will take a boat ride") is held in that place; and a day named the last of an N-day
visit in apposition ("on Sunday, the last day of his three-day state visit") ends the visit there,
not opens it. Texts written for these tests, with other visits and names than any page measured."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
BALI, JAKARTA = CATALOG.named("Bali").entity_id, CATALOG.named("Jakarta").entity_id
WIDODO, SCHOLZ = CATALOG.named("Joko Widodo").entity_id, CATALOG.named("Olaf Scholz").entity_id


def _mentions(body: str, published: dt.date, kind: str) -> list:
    return [m for m in extract_article("outing", None, None, body, published, "en").event_mentions
            if m.event_type == kind]


def test_a_boat_ride_two_leaders_take_is_an_event_of_its_own():
    body = ("German Chancellor Olaf Scholz and Indonesian President Joko Widodo took a boat ride along the "
            "mangroves in Jakarta on Saturday.")
    rides = _mentions(body, dt.date(2034, 6, 4), "other")
    assert rides and {SCHOLZ, WIDODO} <= set(rides[0].participant_ids) and rides[0].location_id == JAKARTA


def test_look_alike_a_boat_ride_as_a_distance_is_no_event():
    body = ("German Chancellor Olaf Scholz met Indonesian President Joko Widodo in Jakarta on Saturday. The "
            "palace is a short boat ride from the old harbour.")
    assert _mentions(body, dt.date(2034, 6, 4), "other") == []


def test_an_outing_in_a_where_clause_after_a_visits_place_is_held_there():
    body = ("German Chancellor Olaf Scholz is on a state visit to Indonesia. On Sunday, the Chancellor will visit "
            "Bali, where the two leaders will take a boat ride along the coast with President Joko Widodo.")
    rides = _mentions(body, dt.date(2034, 6, 2), "other")
    assert [m.location_id for m in rides] == [BALI]


def test_look_alike_a_where_clause_after_a_topic_keeps_no_place():
    body = ("German Chancellor Olaf Scholz spoke about Bali, where the two leaders will take a boat ride along "
            "the coast with President Joko Widodo.")
    assert [m.location_id for m in _mentions(body, dt.date(2034, 6, 2), "other")] == [None]


def test_a_day_named_the_last_of_a_several_day_visit_ends_it():
    body = ("German Chancellor Olaf Scholz held talks with President Joko Widodo in Jakarta on Sunday, 4 June 2034, "
            "the last day of his three-day state visit to Indonesia.")
    visits = _mentions(body, dt.date(2034, 6, 4), "state_visit")
    assert visits and (visits[0].date.first, visits[0].date.last) == (dt.date(2034, 6, 2), dt.date(2034, 6, 4))
    # (look-alike: without the visit's length its first day is not known, and the day dates no visit)
    unsized = _mentions(body.replace("three-day ", ""), dt.date(2034, 6, 4), "state_visit")
    assert unsized and all(m.date is None for m in unsized)

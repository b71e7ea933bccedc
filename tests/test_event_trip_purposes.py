"""A summit or forum told as what a trip is for ("Y's trip to Astana for the summit") is the
traveller's attendance at it, at the trip's place, with no trip of its own; a trip only talked
about ("the two discussed Y's trip ... in November") leaves the gathering to come
(trip_purposes.py). Fixtures written for these tests (other leaders, other places), each beside
a look-alike that must not trigger."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_compatibility import status_of
from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LUKASHENKO, TOKAYEV, ASTANA, MINSK = (CATALOG.named(name).entity_id for name in (
    "Alexander Lukashenko", "Kassym-Jomart Tokayev", "Astana", "Minsk"))
THURSDAY = dt.date(2024, 7, 4)
STORY = "Alexander Lukashenko and Kassym-Jomart Tokayev spoke by phone on Thursday. "


def events(body: str):
    return extract_article("trip", None, None, body, THURSDAY, "en").events


def gatherings(found, kind: str = "summit"):
    return [e for e in found if e.types() == {kind}]


# --- a trip talked about, for a gathering to come -------------------------------------------

def test_a_summit_a_discussed_trip_is_for_is_to_come_with_the_traveller_at_the_trips_place():
    found = events(STORY + "They discussed Lukashenko's trip to Astana for the CSTO summit in November.")
    (summit,) = gatherings(found)
    assert LUKASHENKO in summit.participants and summit.location_id == ASTANA
    assert summit.date.first == dt.date(2024, 11, 1) and status_of(summit) == "planned"
    assert not any(e.types() == {"visit"} for e in found)


def test_a_trip_told_done_by_a_verb_of_its_own_is_not_only_talked_about():
    # (the past here is the trip's own: "flew", not a noun after "discussed")
    found = events(STORY + "Lukashenko discussed trade and then flew to Astana for the CSTO summit in November.")
    assert not any(status_of(e) == "planned" for e in gatherings(found))


def test_a_gathering_whose_year_is_past_stays_past():
    found = events(STORY + "They discussed Lukashenko's trip to Astana for the CSTO summit in November 2023.")
    assert not any(status_of(e) == "planned" for e in gatherings(found))


# --- the traveller and the place the trip gives --------------------------------------------

def test_a_forum_a_planned_trip_is_for_takes_the_traveller_and_the_trips_place():
    found = events(STORY + "Tokayev will travel to Minsk for the Forum of Regions next week.")
    (forum,) = gatherings(found, "forum")
    assert TOKAYEV in forum.participants and forum.location_id == MINSK
    assert not any(e.types() == {"visit"} for e in found)


def test_a_trip_for_talks_is_no_gathering_and_stays_a_trip():
    found = events(STORY + "Tokayev will travel to Minsk for talks with Lukashenko next week.")
    assert any(e.types() == {"visit"} and e.location_id == MINSK for e in found)
    assert not gatherings(found) and not gatherings(found, "forum")


def test_a_gathering_after_a_comma_is_not_what_the_trip_is_for():
    found = events(STORY + "Tokayev will travel to Minsk next week, and the CSTO summit opens in Astana in November.")
    assert any(e.types() == {"visit"} and e.location_id == MINSK for e in found)
    assert [e.location_id for e in gatherings(found)] == [ASTANA]


def test_a_trip_to_a_country_for_a_gathering_placed_by_its_own_words_stays_a_trip():
    # (the trip tells more than where the gathering is: a visit to the country, beside the summit in its city)
    found = events(STORY + "Lukashenko will travel to Kazakhstan for the CSTO summit in Astana.")
    (summit,) = gatherings(found)
    assert LUKASHENKO in summit.participants and summit.location_id == ASTANA
    assert any(e.types() == {"visit"} and LUKASHENKO in e.participants for e in found)

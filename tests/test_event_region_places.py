"""A wide region (knowledge: `region`) names a gathering, not its venue: "the Arctic forum" is
held in a city, and a report of it placed in "the Arctic" would not merge with one placed in
that city; nor is a region a "where" clause hangs from the place when the clause names a city.
The look-alikes: a region that is the place ("arrived in the Far East for a visit", a region
with no city after it), and a city before the forum's noun."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article


def places_of(title, body, family):
    extraction = extract_article("a", title, None, body, dt.date(2019, 4, 10))
    return [e.location_id for e in extraction.events if e.mentions[0].event_type == family]


def test_a_region_right_before_the_forum_word_names_the_forum_and_gives_no_place():
    places = places_of("Lavrov speaks at Arctic forum",
                       "Sergey Lavrov addressed the Arctic forum on Tuesday, calling for more shipping.", "forum")
    assert places == [None]


def test_a_region_named_forum_held_in_a_city_is_not_placed_in_the_region():
    places = places_of("Speech", "Sergey Lavrov addressed the Arctic forum in Murmansk on Tuesday.", "forum")
    assert places == ["murmansk"]


def test_a_city_right_before_the_forum_word_is_still_its_place():
    places = places_of("Lavrov speaks at Beijing forum",
                       "Sergey Lavrov addressed the Beijing forum on Tuesday, calling for more shipping.", "forum")
    assert places == ["Q956"]


def test_a_region_a_visit_is_made_to_is_its_place():
    places = places_of("Xi in the Far East", "Xi Jinping arrived in the Far East on Tuesday for a three-day visit.",
                       "visit")
    assert places == ["far-east"]


def test_a_region_a_where_clause_hangs_from_yields_to_the_city_that_clause_names():
    """ "in the Caucasus, where he met guests of the forum in Sochi": the meeting is in Sochi."""
    places = places_of("Evening news", "We start in the Caucasus, where Mikhail Mishustin has spent the day meeting "
                       "guests of the Eurasian Economic Forum in Sochi. He met Wang Yi.", "meeting")
    assert places == ["sochi"]


def test_a_region_a_where_clause_hangs_from_is_the_place_when_the_clause_names_no_city():
    places = places_of("Evening news", "We start in the Caucasus, where Mikhail Mishustin has spent the day meeting "
                       "guests of the Eurasian Economic Forum. He met Wang Yi.", "meeting")
    assert places == ["caucasus"]


def test_a_meeting_at_a_forum_a_region_names_is_not_placed_in_the_region():
    """ "meets X at Arctic forum": the region names the forum the meeting is held at."""
    places = places_of("Mishustin meets Wang Yi at Arctic forum",
                       "Mikhail Mishustin met Wang Yi in Murmansk on Tuesday.", "meeting")
    assert places == ["murmansk"]

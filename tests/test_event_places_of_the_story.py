"""Where an event is when its sentence says it only in passing, or not at all: a place in the
possessive before another event word is that event's ("since Ankara's energy forum"), a venue
the knowledge base knows is in its city ("at the Planalto Palace": Brasília), a reporter's
byline says where the story was filed ("Jane Doe in Kazan"), and the events of the story's days
that name no place are at its place line's. Texts written for these tests, other events and
other names than any page's; each beside a look-alike that must not do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.text.page_bylines import byline_place
from ruchina.text.parsing import parse_article

DAY = dt.date(2031, 3, 13)  # a Thursday
BAKU = "Q9248"
ANKARA, BEIJING, BRASILIA, KAZAN, BUENOS_AIRES = "ankara", "Q956", "Q2844", "kazan", "Q1486"


def events_of(body: str, place: str | None = None, language: str = "en", title: str | None = None):
    return extract_article("a", title, None, body, DAY, language, place=place).events


def places(body: str, event_type: str, **kwargs) -> list[str | None]:
    return [e.location_id for e in events_of(body, **kwargs) if e.mentions[0].event_type == event_type]


# --- a place in the possessive before another event word

def test_a_city_owning_another_event_is_not_the_talks_place():
    body = ("On Wednesday, Lavrov held talks with Wang Yi, their first since Tokyo sent no one to "
            "Ankara's Black Sea energy forum in the spring.")
    assert ANKARA not in places(body, "meeting")


def test_look_alike_a_city_owning_the_reported_event_is_its_place():
    body = "Ministers of twenty states spoke on Wednesday at Ankara's Black Sea energy forum."
    assert places(body, "forum") == [ANKARA]


def test_look_alike_a_city_owning_a_hall_is_where_the_talks_were():
    body = "Lavrov held talks with Wang Yi at Beijing's Great Hall of the People on Wednesday."
    assert places(body, "meeting") == [BEIJING]


# --- a venue known to the knowledge base: its city

def test_a_known_presidential_palace_places_the_talks_in_its_city():
    body = "Brazil's president received the Indian prime minister at the Planalto Palace on Wednesday for talks."
    assert BRASILIA in [e.location_id for e in events_of(body)]


def test_look_alike_an_unknown_palace_is_not_placed_in_a_city():
    body = "The two ministers held talks at the Marble Lantern Palace on Wednesday."
    assert BRASILIA not in places(body, "meeting")


# --- a reporter's byline: where the story was filed

def test_a_byline_of_a_reporter_in_a_city_is_the_place_line():
    assert byline_place(["World | Europe", "Jane Okafor in Kazan", "Thu 13 Mar 2031 10.05 GMT"]) == "Kazan"
    assert byline_place(["By Jane Okafor and Lee Min in Kazan"]) == "Kazan"


def test_look_alike_two_reporters_in_two_cities_give_no_place():
    assert byline_place(["Jane Okafor in Kazan and Lee Min in Minsk"]) is None
    assert byline_place(["Lavrov arrived in Kazan on Wednesday for talks with the prime minister"]) is None


def test_a_page_with_a_byline_in_a_city_reads_it_as_its_place():
    page = ("The Morning Ledger\n\nMinisters close ranks at trade talks\n\nJane Okafor in Kazan\n"
            "Thu 13 Mar 2031 10.05 GMT\n\nThe foreign ministers of five states agreed on Thursday to "
            "cut tariffs on grain, after two days of talks.\n\nThey will meet again in the autumn.\n")
    assert parse_article(page).place == "Kazan"


# --- the events of the story's days that name no place: at the place line's place

def test_talks_the_day_before_the_story_are_at_its_place_line():
    body = ("Trade ministers of five states closed a regional forum on Thursday with a pledge on grain. "
            "Lavrov and Wang Yi had already held talks on Wednesday, the forum's opening day.")
    assert places(body, "meeting", place="Kazan") == [KAZAN]


def test_look_alike_talks_of_a_week_before_are_not_placed_at_the_line():
    body = ("Trade ministers of five states closed a regional forum on Thursday with a pledge on grain. "
            "Lavrov and Wang Yi held talks on March 9 in preparation.")
    assert places(body, "meeting", place="Kazan") == [None]


def test_look_alike_a_call_of_the_day_is_not_placed_at_the_line():
    body = ("Trade ministers of five states closed a regional forum on Thursday with a pledge on grain. "
            "Lavrov and Wang Yi held a phone call on Wednesday.")
    assert KAZAN not in places(body, "call", place="Kazan")


def test_look_alike_no_place_line_places_nothing():
    body = ("Trade ministers of five states closed a regional forum on Thursday with a pledge on grain. "
            "Lavrov and Wang Yi had already held talks on Wednesday, the forum's opening day.")
    assert places(body, "meeting") == [None]



# --- a page with no date about a summit: its undated reports are the summit's place's

LIVE_TITLE = "Caspian summit in Baku: leaders sign their charter - live"
LIVE_BODY = ("Welcome to our coverage of the Caspian summit at the seaside congress hall.\n\n"
             "The leaders have signed a joint declaration on shipping after a long night of drafting.\n\n"
             "Lavrov and Wang Yi held a short phone call to go over the wording.")


def undated_events(title: str, body: str):
    return extract_article("a", title, None, body, None, "en").events


def test_an_undated_summit_pages_signing_is_at_the_summits_city():
    signings = [e.location_id for e in undated_events(LIVE_TITLE, LIVE_BODY) if e.mentions[0].event_type == "agreement"]
    assert signings == [BAKU]


def test_look_alike_the_call_on_an_undated_summit_page_has_no_place():
    calls = [e.location_id for e in undated_events(LIVE_TITLE, LIVE_BODY) if e.mentions[0].event_type == "call"]
    assert calls == [None]


def test_look_alike_an_undated_page_about_talks_lends_no_place():
    title = "Lavrov and Wang Yi hold talks in Baku"
    body = "Lavrov and Wang Yi held talks in Baku.\n\nThe two ministers have signed a joint declaration on shipping."
    signings = [e.location_id for e in undated_events(title, body) if e.mentions[0].event_type == "agreement"]
    assert BAKU not in signings

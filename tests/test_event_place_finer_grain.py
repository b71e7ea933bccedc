"""The finer place the text states for an event wins over a coarser one (issue: event places).

- A body that places talks only in a country, under a title that puts the story in one city of
  that country, places them in the city (extract/title_cities.py); a title city of another
  country, a title naming two cities, a visit (which may span cities) or a title naming the city
  as no venue leave the country. Held talks the body places nowhere, under such a title naming one of
  their people, are held in the city; talks to come, or of people the title does not name, stay unplaced.
- A residence or resort named by its kind, "near" or "outside" a town, lies in that town
  (knowledge/events_en.yaml venue_prepositions); "outside" a country after no such venue is no
  venue ("his first trip outside Russia").
- A place in what a declaration calls for ("calls for restraint in X") or in the actions a summit's
  critics object to ("Kritik am Vorgehen in X") is no place of the event (knowledge/events_<language>.yaml).
- A city before a body's name before the event noun ("the Kazan BRICS summit") is the summit's place,
  as a city right before the noun is ("the Kazan summit"); a country there is a side (extract/event_places.py).
- A palace or an office the knowledge base places in a city is found under its name in each language
  (knowledge/entities_<language>.yaml) and places the event in its city.

Fixtures are written for these tests in the shape of what real pages say."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

THURSDAY = dt.date(2031, 3, 13)


def _places(title: str | None, body: str, language: str = "en") -> dict[str, str | None]:
    events = extract_article("x", title, None, body, THURSDAY, language).events
    return {e.family: e.location_id for e in events}


TALKS_IN_A_COUNTRY = "Vladimir Putin held talks with Recep Tayyip Erdogan in Turkey on Thursday."


def test_talks_told_in_a_country_under_a_title_naming_its_city_are_held_in_the_city():
    assert _places("Putin and Erdogan mend fences in Antalya", TALKS_IN_A_COUNTRY)["gathering"] == "antalya"


def test_a_title_city_of_another_country_leaves_the_country():
    assert _places("Putin and Erdogan mend fences, Geneva looks on", TALKS_IN_A_COUNTRY)["gathering"] == "turkey"
    assert _places("Putin and Erdogan mend fences in Geneva", TALKS_IN_A_COUNTRY)["gathering"] == "turkey"


def test_a_title_naming_two_cities_of_the_country_leaves_the_country():
    assert _places("From Antalya to Ankara: Putin and Erdogan mend fences", TALKS_IN_A_COUNTRY)["gathering"] == "turkey"


def test_a_title_city_named_as_no_venue_leaves_the_country():
    assert _places("Antalya talks: Putin and Erdogan mend fences", TALKS_IN_A_COUNTRY)["gathering"] == "turkey"


def test_a_visit_to_the_country_stays_in_the_country():
    body = "Vladimir Putin arrived in Turkey on Thursday on a two-day visit."
    assert _places("Putin lands in Antalya", body)["visit"] == "turkey"



def test_held_talks_placed_nowhere_under_a_title_placing_one_of_them_in_a_city_are_held_there():
    body = "Vladimir Putin held talks with Recep Tayyip Erdogan on Thursday, days after the elections."
    assert _places("In Antalya, Putin looks for investors", body)["gathering"] == "antalya"


def test_talks_to_come_or_of_people_the_title_does_not_name_stay_unplaced():
    planned = "Vladimir Putin will hold talks with Recep Tayyip Erdogan on Friday, officials said."
    assert _places("In Antalya, Putin looks for investors", planned)["gathering"] is None
    held = "Vladimir Putin held talks with Recep Tayyip Erdogan on Thursday, days after the elections."
    assert _places("In Antalya, investors look for deals", held)["gathering"] is None

def test_a_ranch_near_a_town_places_the_meeting_in_the_town():
    body = "George W. Bush hosted Vladimir Putin at his ranch near Crawford on Thursday."
    assert _places(None, body)["gathering"] == "crawford"
    body = "George W. Bush welcomed Vladimir Putin to his family estate outside Crawford on Thursday."
    assert _places(None, body)["gathering"] == "crawford"


def test_a_trip_outside_a_country_is_not_held_in_it():
    body = "Vladimir Putin held talks with Xi Jinping in Beijing on Thursday, on his first trip outside Russia this year."
    assert _places(None, body)["gathering"] == "Q956"
    body = "George W. Bush met Vladimir Putin near Crawford on Thursday."
    assert _places(None, body)["gathering"] is None


def test_a_palace_named_in_another_language_places_the_meeting_in_its_city():
    body = "Vladímir Putin y Recep Tayyip Erdogan se reunieron el jueves en el Palacio Constantino de Strelna."
    assert _places(None, body, "es")["gathering"] == "saint-petersburg"
    body = "Vladimir Poutine et Recep Tayyip Erdogan se sont rencontrés jeudi au palais Constantin de Strelna."
    assert _places(None, body, "fr")["gathering"] == "saint-petersburg"


def test_a_training_range_near_a_city_places_the_exercise_talks_in_the_city():
    body = "Vladimir Putin will host Hu Jintao at a training range near Chelyabinsk on Thursday."
    assert _places(None, body)["gathering"] == "chelyabinsk"


def test_an_estate_the_knowledge_base_places_in_a_town_places_the_meeting_there():
    assert _places(None, "Joe Biden and Xi Jinping held four hours of talks at Filoli on Thursday.")["gathering"] \
        == "woodside"


def test_a_launch_site_far_from_any_known_town_is_the_place_itself():
    body = "Vladimir Putin held talks with Kim Jong Un at the Vostochny Cosmodrome in the Amur Region on Thursday."
    assert _places(None, body)["gathering"] == "vostochny-cosmodrome"


def test_talks_in_the_oval_office_are_held_in_washington():
    body = "Barack Obama received Hu Jintao for talks in the Oval Office on Thursday."
    assert _places(None, body)["gathering"] == "washington"


def test_a_place_a_declaration_calls_for_is_not_where_it_was_adopted():
    body = "The five leaders adopted a declaration on Thursday that calls for restraint in Yemen."
    assert _places(None, body)["agreement"] is None
    body = "The five leaders adopted a declaration in Sanya on Thursday that calls for restraint in Yemen."
    assert _places(None, body)["agreement"] == "sanya"


def test_a_country_named_as_the_scene_of_criticised_actions_is_not_the_summits_place():
    body = "Wegen der Kritik am Vorgehen in Syrien verließ Wladimir Putin den Gipfel am Donnerstag früher."
    assert _places(None, body, "de")["gathering"] is None
    body = "Wladimir Putin nahm am Donnerstag am Gipfel in Sotschi teil."
    assert _places(None, body, "de")["gathering"] == "sochi"


def test_where_a_treaty_was_negotiated_is_not_where_it_was_signed():
    body = "Joe Biden and Vladimir Putin signed on Thursday the accord their envoys spent months hammering out in Vienna."
    assert _places(None, body)["agreement"] is None
    body = "Joe Biden and Vladimir Putin signed the accord in Vienna on Thursday, after months of talks."
    assert _places(None, body)["agreement"] == "Q1741"


def test_a_city_before_a_bodys_summit_places_the_summit():
    assert _places(None, "Vladimir Putin praised the Kazan BRICS summit on Thursday.")["gathering"] == "kazan"


def test_a_country_before_a_bodys_summit_is_a_side_not_the_place():
    assert _places(None, "Vladimir Putin praised the China SCO summit on Thursday.")["gathering"] is None

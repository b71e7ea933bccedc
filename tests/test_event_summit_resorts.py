"""Where a summit held at a resort, and the talks on its margins, happen: the resort the knowledge base
knows as a summit's venue is its place (knowledge/places.yaml), not the region around it; a place told
at a distance from the event ("in X, a few miles from the summit", knowledge ``distance_from``) is not
the event's; a continent is no room two leaders talk in (extract/event_places.py); and talks told held
"here" in a story of one summit, with no place line to read "here" by, are at the summit's place
(extract/bare_sidelines.py, knowledge ``here_words``). Fixtures written for these tests, with other
summits, resorts, days and leaders than any page read; each beside a look-alike that must not do it."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

OBAMA, ABE, PUTIN = "barack-obama", "Q132345", "Q7747"
MONDAY, TUESDAY, WEDNESDAY = dt.date(2015, 6, 8), dt.date(2015, 6, 9), dt.date(2015, 6, 10)


def events(body, language="en", published=TUESDAY, title=None):
    return extract_article("t1", title, None, body, published, language).events


def of_type(found, kind):
    return [e for e in found if kind in e.types()]


def test_a_summit_at_a_resort_is_placed_at_the_resort_not_in_its_region():
    found = events("The G7 summit opened at Elmau in Bavaria on Sunday.")
    (summit,) = of_type(found, "summit")
    assert summit.location_id == "elmau"


def test_the_resort_is_its_place_in_german_and_russian_too():
    (summit,) = of_type(events("Der G7-Gipfel im bayerischen Elmau ging am Montag weiter.", "de"), "summit")
    assert summit.location_id == "elmau"
    (summit,) = of_type(events("Саммит «семерки» в баварском Эльмау продолжился в понедельник.", "ru"), "summit")
    assert summit.location_id == "elmau"


def test_a_summit_in_a_region_the_knowledge_base_knows_no_resort_of_stays_in_the_region():
    (summit,) = of_type(events("The G7 summit opened in Bavaria on Sunday."), "summit")
    assert summit.location_id != "elmau"


def test_a_place_told_a_few_miles_from_the_summit_is_not_its_place():
    found = events("Taped on Monday evening in a cafe in Lausanne, a few miles from the summit, this episode "
                   "looks at the trade talks.")
    assert not any(e.location_id == "lausanne" for e in of_type(found, "summit"))


def test_a_summit_in_a_city_a_few_miles_from_the_airport_keeps_its_city():
    found = events("The summit in Lausanne, a few miles from the airport, opened on Monday.")
    (summit,) = of_type(found, "summit")
    assert summit.location_id == "lausanne"


def test_talks_are_not_held_in_a_continent_told_after_their_word():
    found = events("On Monday Putin held talks with Shinzo Abe and offered to share a radar instead of new "
                   "missile sites in Europe.")
    (talks,) = of_type(found, "meeting")
    assert {PUTIN, ABE} <= set(talks.participants)
    assert talks.location_id != "europe"


def test_a_visit_to_a_continent_is_still_placed_there():
    found = events("Shinzo Abe arrived in Europe on Monday for a week-long visit.")
    assert any(e.location_id == "europe" for e in found)


def test_russian_talks_told_held_here_in_a_story_of_one_summit_take_the_summits_place():
    found = events("Саммит «семерки» в баварском Эльмау открылся в воскресенье.\n\n"
                   "Накануне, в понедельник, Шинзо Абэ провел здесь же переговоры с президентом США Бараком Обамой.",
                   "ru", TUESDAY)
    (talks,) = [e for e in of_type(found, "meeting") if OBAMA in e.participants]
    assert talks.location_id == "elmau"


def test_talks_told_held_here_with_no_summit_told_stay_unplaced():
    found = events("Накануне, в понедельник, Шинзо Абэ провел здесь же переговоры с президентом США Бараком Обамой.",
                   "ru", TUESDAY)
    (talks,) = [e for e in of_type(found, "meeting") if OBAMA in e.participants]
    assert talks.location_id is None

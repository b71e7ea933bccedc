"""A visit told as ending today in the present of a dated report ("Der zweitägige Staatsbesuch endet
heute"): today is its last day, and its stated length counts back from it (event_spans.yaml's `ended`,
event_spans.py); the visit the talks of the day belong to keeps the day its own words give
(event_visits.visit_holding_main) and, placed by no word of its own, takes the place holding the
cities of its visitor's talks on its days (visit_frame_places.place_visits_by_their_talks). And a
headline's second part after a spaced hyphen ("X empfängt Y - Moskau und Astana wollen ...") tells
no plan of the first part's event (sentence_reports._TITLE_DASH). Beside each, the look-alike that
must not: a visit that ends on a day to come ("endet am Donnerstag") runs on to it, talks in one
city do not place a visit, a headline of a plan stays planned. Fixtures written for these tests
(other people, other visits)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN = CATALOG.named("Vladimir Putin").entity_id
TOKAYEV = CATALOG.named("Kassym-Jomart Tokayev").entity_id
RUSSIA = CATALOG.named("Russia").entity_id
TUESDAY, WEDNESDAY, THURSDAY = dt.date(2024, 11, 12), dt.date(2024, 11, 13), dt.date(2024, 11, 14)

TALKS = ("Der russische Präsident Wladimir Putin hat am Mittwoch in Moskau den kasachischen Präsidenten "
         "Kassym-Schomart Tokajew empfangen. Am Dienstag hatte Tokajew in Sankt Petersburg mit dem russischen "
         "Regierungschef Michail Mischustin verhandelt. ")


def extract(title: str, body: str):
    return extract_article("ends-today", title, None, body, WEDNESDAY, "de").events


def visits(events):
    return [e for e in events if e.family == "visit"]


def test_a_two_day_visit_ending_today_began_yesterday():
    [visit] = visits(extract("Tokajew in Moskau", TALKS + "Der zweitägige Staatsbesuch endet heute."))
    assert {PUTIN, TOKAYEV} <= visit.participants
    assert (visit.date.first, visit.date.last) == (TUESDAY, WEDNESDAY)


def test_a_visit_placed_by_no_word_takes_the_country_of_its_talks_in_two_cities():
    [visit] = visits(extract("Tokajew in Moskau", TALKS + "Der zweitägige Staatsbesuch endet heute."))
    assert visit.location_id == RUSSIA


def test_a_two_day_visit_ending_on_a_day_to_come_runs_on_to_it():
    [visit] = visits(extract("Tokajew in Moskau", TALKS + "Tokajews zweitägiger Staatsbesuch endet am Donnerstag."))
    assert (visit.date.first, visit.date.last) == (WEDNESDAY, THURSDAY)


def test_talks_in_one_city_do_not_place_a_visit_in_the_country():
    body = ("Der russische Präsident Wladimir Putin hat am Mittwoch in Moskau den kasachischen Präsidenten "
            "Kassym-Schomart Tokajew empfangen. Der zweitägige Staatsbesuch endet heute.")
    for visit in visits(extract("Tokajew in Moskau", body)):
        assert visit.location_id != RUSSIA


def test_a_headlines_second_part_tells_no_plan_of_its_first():
    events = extract("Putin empfängt Tokajew - Moskau und Astana wollen mehr Handel", TALKS)
    [main] = [e for e in events if e.main]
    assert [m.status for m in main.mentions if m.part == "title"] == ["occurred"]
    assert main.date.first == WEDNESDAY


def test_a_headline_of_a_plan_stays_planned():
    events = extract("Putin will Tokajew am Freitag empfangen", "Der Termin wurde am Mittwoch bekannt.")
    assert [m.status for e in events for m in e.mentions if m.part == "title"] == ["planned"]

"""A visit told in the country with a tour that names a city of it (extract/visit_tours.py):

"находится во Вьетнаме с официальным визитом с 3 по 8 марта. В ходе визита Лавров побывал в ряде
провинций, в том числе в Дананге" keeps Da Nang as the trip's itinerary, so that across articles the
visit stays Vietnam's over a wire's "arrived in Hanoi ... for a visit to Vietnam" (a trip over several
cities is the country's). Look-alikes: a tour naming a city of another country, and a visit with no
tour beside the other article's arrival (the city of arrival, as before).
"""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.events_table import merged_events
from ruchina.extract.extraction import extract_article

TOUR = ("Сергей Лавров находится во Вьетнаме с официальным визитом с 3 по 8 марта. В ходе визита Сергей Лавров "
        "побывал в ряде провинций, в том числе в {city}.")
ARRIVAL = "HANOI, March 3 - Sergei Lavrov arrived in Hanoi on Monday for a six-day official visit to Vietnam."


def _visit(extraction):
    return next(e for e in extraction.events if "visit" in e.types())


def _merged_visit(*extractions):
    names = {m.entity_id: m.name for x in extractions for m in x.mentions}
    return next(e for e in merged_events(list(extractions), names) if e.event_type == "visit")


def test_a_tour_naming_a_city_of_the_country_visited_keeps_it_as_the_trip_itinerary():
    visit = _visit(extract_article("r", None, None, TOUR.format(city="Дананге"), dt.date(2031, 3, 7), "ru"))
    assert visit.location_id == "vietnam"
    assert any("da-nang" in m.itinerary for m in visit.mentions)


def test_a_tour_naming_a_city_of_another_country_keeps_no_itinerary():
    visit = _visit(extract_article("r", None, None, TOUR.format(city="Осаке"), dt.date(2031, 3, 7), "ru"))
    assert not any(m.itinerary for m in visit.mentions)


def test_across_articles_the_toured_visit_stays_the_countrys_over_the_city_of_arrival():
    wire = extract_article("w", None, None, ARRIVAL, dt.date(2031, 3, 3), "en")
    tour = extract_article("r", None, None, TOUR.format(city="Дананге"), dt.date(2031, 3, 7), "ru")
    assert _merged_visit(wire, tour).location_id == "vietnam"


def test_without_the_tour_the_visit_is_placed_in_the_city_of_arrival():
    wire = extract_article("w", None, None, ARRIVAL, dt.date(2031, 3, 3), "en")
    stay = extract_article("r", None, None, TOUR.split(". ")[0] + ".", dt.date(2031, 3, 7), "ru")
    assert _merged_visit(wire, stay).location_id == "Q1858"

"""A visit that spans cities of one country is placed in the country, a visit confined to one city
keeps it (corpus/visit_spans.py): what spans it is an event held by every person of the visit, on
its days, in another city of the visit's country. The visitor's doings in another country, the
stops of the trip told as visits of their own (and what is held in such a stop's city on its days),
and a trip inside a leader's own country dated by
one day do not move it."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from ruchina.corpus.event_rows import Event
from ruchina.corpus.visit_spans import place_visits_spanning_cities
from ruchina.knowledge.base import entity_catalog

JULY_1 = dt.date(2024, 7, 1)


def place(name: str) -> str:
    return entity_catalog().named(name).entity_id


def person(name: str) -> str:
    return entity_catalog().named(name).entity_id


def event(event_id: str, kind: str, where: str, people: list[str], first: dt.date, last: dt.date | None = None,
          told_at: tuple[str, ...] = (), part_of: str | None = None) -> Event:
    reports = [SimpleNamespace(location_id=place(name)) for name in told_at or (where,)]
    return Event(event_id=event_id, event_type=kind, label=event_id, start_date=first, end_date=last or first,
                 date_precision="day", location_id=place(where), participant_ids=[person(p) for p in people],
                 status="occurred", article_ids=["a1"], evidence="", article_events=reports, part_of=part_of)


def placed(*events: Event) -> str:
    place_visits_spanning_cities(list(events))
    return entity_catalog().get(events[0].location_id).name


def three_day_visit(**kwargs) -> Event:
    return event("visit", "state_visit", "Moscow", ["Luiz Inácio Lula da Silva"], JULY_1,
                 JULY_1 + dt.timedelta(days=2), **kwargs)


def test_talks_in_another_city_of_the_country_on_its_days_place_the_visit_in_the_country():
    talks = event("kazan-talks", "meeting", "Kazan", ["Luiz Inácio Lula da Silva", "Vladimir Putin"],
                  JULY_1 + dt.timedelta(days=1))
    assert placed(three_day_visit(), talks) == "Russia"


def test_a_visit_whose_events_are_all_in_its_city_keeps_the_city():
    talks = event("moscow-talks", "meeting", "Moscow", ["Luiz Inácio Lula da Silva", "Vladimir Putin"],
                  JULY_1 + dt.timedelta(days=1))
    assert placed(three_day_visit(), talks) == "Moscow"


def test_an_event_after_the_visits_days_does_not_span_it():
    talks = event("kazan-talks", "meeting", "Kazan", ["Luiz Inácio Lula da Silva", "Vladimir Putin"],
                  JULY_1 + dt.timedelta(days=5))
    assert placed(three_day_visit(), talks) == "Moscow"


def test_the_visitors_stop_in_another_country_is_no_city_of_this_visit():
    minsk = event("minsk-talks", "meeting", "Minsk", ["Luiz Inácio Lula da Silva", "Alexander Lukashenko"],
                  JULY_1 + dt.timedelta(days=2))
    assert placed(three_day_visit(), minsk) == "Moscow"
    kazan = event("kazan-talks", "meeting", "Kazan", ["Luiz Inácio Lula da Silva", "Vladimir Putin"],
                  JULY_1 + dt.timedelta(days=1))
    assert placed(three_day_visit(), minsk, kazan) == "Russia"


def test_an_event_without_the_visitor_does_not_span_the_visit():
    hosts_trip = event("kazan-talks", "meeting", "Kazan", ["Vladimir Putin", "Alexander Lukashenko"],
                       JULY_1 + dt.timedelta(days=1))
    assert placed(three_day_visit(), hosts_trip) == "Moscow"


def test_the_talks_of_a_side_trip_told_as_its_own_visit_are_that_stops():
    side_trip = event("kazan-visit", "visit", "Kazan", ["Luiz Inácio Lula da Silva"], JULY_1 + dt.timedelta(days=1),
                      part_of="visit")
    talks = event("kazan-talks", "meeting", "Kazan", ["Luiz Inácio Lula da Silva", "Vladimir Putin"],
                  JULY_1 + dt.timedelta(days=1), part_of="kazan-visit")
    assert placed(three_day_visit(), side_trip, talks) == "Moscow"
    assert entity_catalog().get(side_trip.location_id).name == "Kazan"


def test_a_gathering_in_a_side_trips_city_on_its_days_is_that_stops_too():
    # (one page previews the fair he will open in Kazan, another reports his trip there as a visit)
    side_trip = event("kazan-visit", "visit", "Kazan", ["Luiz Inácio Lula da Silva"], JULY_1 + dt.timedelta(days=1),
                      part_of="visit")
    fair = event("kazan-fair", "forum", "Kazan", ["Luiz Inácio Lula da Silva"], JULY_1 + dt.timedelta(days=1))
    assert placed(three_day_visit(), side_trip, fair) == "Moscow"
    # (look-alike: the fair a day after the side trip, in a city it did not cover, spans the visit)
    later_fair = event("kazan-fair", "forum", "Kazan", ["Luiz Inácio Lula da Silva"], JULY_1 + dt.timedelta(days=2))
    assert placed(three_day_visit(), side_trip, later_fair) == "Russia"


def test_a_visit_dated_by_its_arrival_spans_cities_only_when_a_report_names_its_country():
    # ("arrived in Japan on Thursday", talks in Tokyo, the summit at a resort the next day)
    arrival = event("visit", "visit", "Tokyo", ["Vladimir Putin"], JULY_1, told_at=("Japan", "Tokyo"))
    resort = event("resort-talks", "meeting", "Nagato", ["Vladimir Putin", "Shinzo Abe"], JULY_1 + dt.timedelta(days=1))
    assert placed(arrival, resort) == "Japan"
    # (a leader's day trip inside his own country, and his talks at home the next day)
    day_trip = event("trip", "visit", "Murmansk", ["Vladimir Putin"], JULY_1)
    at_home = event("moscow-talks", "meeting", "Moscow", ["Vladimir Putin", "Shinzo Abe"], JULY_1 + dt.timedelta(days=1))
    assert placed(day_trip, at_home) == "Murmansk"


def test_an_event_placed_only_in_the_country_is_in_no_other_city():
    # ("as the two presidents looked on, the companies signed a memorandum on gas to Russia")
    signing = event("memorandum", "agreement", "Russia", ["Luiz Inácio Lula da Silva", "Vladimir Putin"],
                    JULY_1 + dt.timedelta(days=1))
    assert placed(three_day_visit(), signing) == "Moscow"


def test_the_visitor_received_by_another_host_in_another_city_spans_the_visit():
    """A premier's visit placed in the city of his talks with his counterpart, the president meeting
    him the next day in the capital: the visitor's talks there span the visit, though the premier
    who hosted him is not at them (a host, of the visit's country, is left out of who must be there)."""
    visit = event("visit", "visit", "Hangzhou", ["Mikhail Mishustin", "Li Qiang"], JULY_1, JULY_1 + dt.timedelta(days=1))
    capital = event("beijing-talks", "meeting", "Beijing", ["Mikhail Mishustin", "Xi Jinping"], JULY_1 + dt.timedelta(days=1))
    assert placed(visit, capital) == "China"


def test_look_alike_a_hosts_own_trip_to_another_city_does_not_span_the_visit():
    visit = event("visit", "visit", "Hangzhou", ["Mikhail Mishustin", "Li Qiang"], JULY_1, JULY_1 + dt.timedelta(days=1))
    hosts_trip = event("shanghai-talks", "meeting", "Shanghai", ["Li Qiang", "Xi Jinping"], JULY_1 + dt.timedelta(days=1))
    assert placed(visit, hosts_trip) == "Hangzhou"


def test_the_visitors_talks_with_another_than_the_host_in_another_city_span_the_visit():
    """A trip that opens with the host in one city and goes on to talks with the speaker of the
    parliament in the capital: the visitor (the one of another country's office) is at those talks,
    the host is not, and the visit is the country's."""
    visit = event("visit", "visit", "Saint Petersburg", ["Narendra Modi", "Vladimir Putin"], JULY_1,
                  JULY_1 + dt.timedelta(days=3))
    talks = event("duma-talks", "meeting", "Moscow", ["Narendra Modi", "Valentina Matviyenko"],
                  JULY_1 + dt.timedelta(days=2))
    assert placed(visit, talks) == "Russia"


def test_the_hosts_own_talks_in_another_city_do_not_span_the_visit():
    """The host's talks with a third leader in his capital that week hold none of the visitor: the
    visit stays in the city it was told in."""
    visit = event("visit", "visit", "Saint Petersburg", ["Narendra Modi", "Vladimir Putin"], JULY_1,
                  JULY_1 + dt.timedelta(days=3))
    talks = event("other-talks", "meeting", "Moscow", ["Vladimir Putin", "Alexander Lukashenko"],
                  JULY_1 + dt.timedelta(days=2))
    assert placed(visit, talks) == "Saint Petersburg"


def test_a_name_found_only_in_the_text_among_the_visits_people_does_not_hide_its_visitor():
    # (a report of the visit picked up an analyst the page quotes, whom the knowledge base lacks)
    visit = three_day_visit()
    visit.participant_ids = visit.participant_ids + [person("Vladimir Putin"), "maria-quoted-analyst"]
    talks = event("kazan-forum", "forum", "Kazan", ["Luiz Inácio Lula da Silva"], JULY_1 + dt.timedelta(days=1))
    assert placed(visit, talks) == "Russia"


def test_look_alike_with_only_unknown_names_beside_the_host_no_one_is_known_to_have_come():
    visit = event("visit", "visit", "Moscow", ["Vladimir Putin"], JULY_1, JULY_1 + dt.timedelta(days=2))
    visit.participant_ids = visit.participant_ids + ["unknown-guest-minister"]
    putins_trip = event("kazan-talks", "meeting", "Kazan", ["Vladimir Putin"], JULY_1 + dt.timedelta(days=1))
    assert placed(visit, putins_trip) == "Moscow"

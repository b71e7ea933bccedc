"""One state visit whose rows began in two cities of the visited country fold into one row
placed in the country (corpus/visit_legs.py); a side trip told as a plain visit, two visitors'
state visits to one country on the same days, and one visitor's trips months apart stay apart."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_rows import Event
from ruchina.corpus.visit_legs import fold_state_visit_legs
from ruchina.knowledge.base import entity_catalog

MAY_5 = dt.date(2031, 5, 5)


def known(name: str) -> str:
    return entity_catalog().named(name).entity_id


def row(event_id: str, kind: str, where: str, people: list[str], first: dt.date, last: dt.date,
        article: str, part_of: str | None = None) -> Event:
    return Event(event_id=event_id, event_type=kind, label=event_id, start_date=first, end_date=last,
                 date_precision="day", location_id=known(where), participant_ids=sorted(known(p) for p in people),
                 status="occurred", article_ids=[article], evidence="", article_events=[], part_of=part_of)


HOSTS = ["Xi Jinping", "Vladimir Putin"]


def test_a_state_visit_begun_in_another_city_folds_into_the_capitals_row_placed_in_the_country():
    capital = row("capital", "state_visit", "Moscow", HOSTS, MAY_5, MAY_5 + dt.timedelta(days=2), "a1")
    arrival = row("arrival", "state_visit", "Kazan", HOSTS, MAY_5, MAY_5, "a2", part_of="capital")
    talks = row("talks", "meeting", "Moscow", HOSTS, MAY_5 + dt.timedelta(days=1), MAY_5 + dt.timedelta(days=1),
                "a3", part_of="arrival")
    events = [capital, arrival, talks]
    fold_state_visit_legs(events)
    assert [e.event_id for e in events] == ["capital", "talks"]
    assert capital.location_id == known("Russia") and capital.article_ids == ["a1", "a2"]
    assert talks.part_of == "capital"


def test_a_side_trip_told_as_a_plain_visit_keeps_its_row():
    capital = row("capital", "state_visit", "Moscow", HOSTS, MAY_5, MAY_5 + dt.timedelta(days=2), "a1")
    side = row("side", "visit", "Kazan", HOSTS, MAY_5, MAY_5, "a2", part_of="capital")
    events = [capital, side]
    fold_state_visit_legs(events)
    assert len(events) == 2 and capital.location_id == known("Moscow")


def test_another_visitors_state_visit_on_the_same_days_stays_apart():
    capital = row("capital", "state_visit", "Moscow", HOSTS, MAY_5, MAY_5 + dt.timedelta(days=2), "a1")
    other = row("other", "state_visit", "Kazan", ["Narendra Modi", "Vladimir Putin"], MAY_5, MAY_5, "a2",
                part_of="capital")
    events = [capital, other]
    fold_state_visit_legs(events)
    assert len(events) == 2


def test_the_same_visitors_later_trip_stays_apart():
    capital = row("capital", "state_visit", "Moscow", HOSTS, MAY_5, MAY_5 + dt.timedelta(days=2), "a1")
    later = row("later", "state_visit", "Kazan", HOSTS, MAY_5 + dt.timedelta(days=120),
                MAY_5 + dt.timedelta(days=121), "a2", part_of="capital")
    events = [capital, later]
    fold_state_visit_legs(events)
    assert len(events) == 2


# A plain (official) visit begun in one city and gone on to the capital: one article tells both rows
# (corpus/visit_legs.fold_visits_told_as_one). Fixtures: Modi's visit to Russia, arriving in Vladivostok.
from ruchina.corpus.visit_legs import fold_visits_told_as_one  # noqa: E402


def plain(event_id: str, where: str, people: list[str], last: dt.date, articles: list[str]) -> Event:
    event = row(event_id, "visit", where, people, MAY_5, last, articles[0])
    event.article_ids = articles
    return event


def test_a_plain_visit_begun_in_another_city_told_so_by_one_article_folds_placed_in_the_country():
    capital = plain("capital", "Moscow", ["Narendra Modi", "Vladimir Putin"], MAY_5 + dt.timedelta(days=3), ["a1", "a3"])
    arrival = plain("arrival", "Vladivostok", ["Narendra Modi", "Dmitry Medvedev"], MAY_5, ["a2", "a3"])
    events = [capital, arrival]
    fold_visits_told_as_one(events)
    assert [e.event_id for e in events] == ["capital"]
    assert capital.location_id == known("Russia") and capital.article_ids == ["a1", "a2", "a3"]
    assert set(capital.participant_ids) == {known(p) for p in ("Narendra Modi", "Vladimir Putin", "Dmitry Medvedev")}


def test_plain_visits_no_article_tells_together_stay_apart():
    capital = plain("capital", "Moscow", ["Narendra Modi", "Vladimir Putin"], MAY_5 + dt.timedelta(days=3), ["a1"])
    arrival = plain("arrival", "Vladivostok", ["Narendra Modi", "Dmitry Medvedev"], MAY_5, ["a2"])
    events = [capital, arrival]
    fold_visits_told_as_one(events)
    assert len(events) == 2


def test_two_guests_received_by_one_host_in_two_cities_stay_apart():
    kazan = plain("kazan", "Kazan", ["Narendra Modi", "Vladimir Putin"], MAY_5, ["a1"])
    moscow = plain("moscow", "Moscow", ["Xi Jinping", "Vladimir Putin"], MAY_5 + dt.timedelta(days=2), ["a1"])
    events = [kazan, moscow]
    fold_visits_told_as_one(events)
    assert len(events) == 2

"""A visit's place is where the trip is, not one later stop of it: a report of the visitor
flying on to another city of the country on a later day of the visit does not place the whole
visit there, while an arrival on its first day does (corpus/event_rows._later_stop)."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.events_table import merged_events
from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog

MONDAY = dt.date(2023, 3, 6)


def visit_place(*bodies: str) -> str | None:
    extractions = [extract_article(f"a{n}", None, None, body, MONDAY) for n, body in enumerate(bodies)]
    names = {m.entity_id: m.name for x in extractions for m in x.mentions}
    visits = [e for e in merged_events(extractions, names) if e.event_type in ("state_visit", "visit")
              and len(e.article_ids) == len(bodies)]
    assert len(visits) == 1, [(e.event_id, e.article_ids) for e in merged_events(extractions, names)]
    return visits[0].location_id


def place(name: str) -> str:
    return entity_catalog().named(name).entity_id


def test_a_later_days_stop_in_another_city_does_not_place_the_whole_visit():
    assert visit_place(
        "Narendra Modi is on a state visit to Russia from Monday to Wednesday, his office said.",
        "Narendra Modi will travel to Kazan on Tuesday, the second day of his stay in Russia.",
    ) == place("Russia")


def test_an_arrival_on_the_first_day_places_the_visit_in_its_city():
    assert visit_place(
        "Narendra Modi is on a state visit to Russia from Monday to Wednesday, his office said.",
        "Narendra Modi arrived in Moscow on Monday for a state visit to Russia.",
    ) == place("Moscow")

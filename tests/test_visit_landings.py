"""A plane landing at a named airport tells a visit's arrival, as one landing in a city does:
"Tokayev's plane landed at Vnukovo on 3 March 1994" is a visit to Moscow, where the knowledge base
puts the airport (knowledge/events_en.yaml, visit). Beside it, its look-alike: a figure that
"landed at a record low" names no place and tells no journey. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
MOSCOW = CATALOG.named("Moscow").entity_id
TOKAYEV = CATALOG.named("Kassym-Jomart Tokayev").entity_id
DAY = dt.date(2034, 3, 8)


def _visits(body: str) -> list:
    events = extract_article("landing", None, None, body, DAY, "en").events
    return [e for e in events if "visit" in e.types()]


def test_a_plane_landing_at_a_named_airport_is_a_visits_arrival():
    visits = _visits("Kassym-Jomart Tokayev's plane landed at Vnukovo on Monday, 6 March 2034.")
    assert [v.location_id for v in visits] == [MOSCOW]
    assert (visits[0].date.first, visits[0].date.last) == (dt.date(2034, 3, 6), dt.date(2034, 3, 6))


def test_a_figure_that_landed_at_a_low_tells_no_visit():
    assert _visits("Kassym-Jomart Tokayev's approval rating landed at a record low on Monday, 6 March 2034.") == []

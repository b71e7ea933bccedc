"""A visit of several days told with no place of its own ("arrived late on Monday for a three-day
visit"), under a dateline, on a day the visit holds: the story is filed from where the visitor is,
so the visit is at the line's city (extract/story_day_places.py), not free to join the visitor's
visit elsewhere the days before. Beside it, a visit that ended before the story's day stays
unplaced. Fixtures written for these tests (other names, other cities)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog

WEDNESDAY = dt.date(2019, 6, 12)


def visit_place(second_sentence: str) -> str | None:
    body = ("TOKYO - Prime Minister Shinzo Abe and Turkish President Recep Tayyip Erdogan held talks on Wednesday "
            "on trade and energy.\n\n" + second_sentence)
    events = extract_article("v1", "Abe, Erdogan discuss trade", None, body, WEDNESDAY, "en").events
    (visit,) = [e for e in events if e.family == "visit"]
    return visit.location_id


def test_a_visit_under_way_on_the_storys_day_is_at_the_lines_city():
    place = visit_place("Erdogan arrived late on Monday for a three-day visit, coming straight from Seoul.")
    assert place == entity_catalog().named("Tokyo").entity_id


def test_a_visit_that_ended_before_the_storys_day_is_not_placed_by_the_line():
    place = visit_place("Erdogan had ended a two-day visit on Sunday, before he flew to the capital.")
    assert place != entity_catalog().named("Tokyo").entity_id

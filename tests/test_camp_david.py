"""Talks at a leaders' retreat in no city ("held talks at Camp David, the presidential retreat in
Maryland") are placed there, not in the country holding it nor at the dateline's town: Camp David is a
place of its own in the knowledge base (knowledge/entities.yaml, type LOC), as Novo-Ogaryovo is. A
venue inside a city (the Great Hall of the People) still places the talks in its city. Fixtures
written for these tests (other people, other talks)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
FRIDAY = dt.date(2003, 9, 27)


def meeting_place(title: str, body: str) -> str | None:
    [main] = [e for e in extract_article("retreat", title, None, body, FRIDAY, "en").events if e.main]
    return main.location_id


def test_talks_at_camp_david_are_placed_there():
    body = ("FREDERICK, Md., Sept. 27 (WNS) -- President Vladimir Putin and Chinese President Hu Jintao held "
            "talks at Camp David, the presidential retreat in Maryland, today.")
    assert meeting_place("Putin and Hu meet at Camp David", body) == CATALOG.named("Camp David").entity_id


def test_talks_at_a_hall_in_a_city_are_placed_in_the_city():
    body = "President Vladimir Putin and President Hu Jintao held talks at the Great Hall of the People today."
    assert meeting_place("Putin and Hu meet", body) == CATALOG.named("Beijing").entity_id

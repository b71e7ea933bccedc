"""A capital right after a noun of a side's stance ("warming to Washington", "pivot to Beijing")
stands for that side's government, and is no venue of the event its sentence tells
(extract/stance_parties.py); "to" before a capital after a verb of travel still places it. Texts
written for the test."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
WASHINGTON, BEIJING = (CATALOG.named(name).entity_id for name in ("Washington", "Beijing"))
TUESDAY = dt.date(2031, 4, 8)


def _places(body: str) -> list[str | None]:
    events = extract_article("x", "Ministers meet", None, body, TUESDAY, "en").events
    return [e.location_id for e in events if e.mentions[0].event_type == "meeting"]


def test_a_capital_after_a_stance_noun_is_a_side_not_the_meeting_place():
    body = ("Foreign ministers of Chile and Peru held a meeting on Tuesday. "
            "For Lima, the meeting was a test of how far Santiago's warming to Washington has gone.")
    assert WASHINGTON not in _places(body)


def test_a_pivot_to_a_capital_is_no_venue_either():
    body = "The meeting on Tuesday confirmed Hanoi's pivot to Beijing, diplomats said."
    assert BEIJING not in _places(body)


def test_look_alike_a_minister_who_flew_to_the_capital_for_the_meeting_is_placed_there():
    body = "The Peruvian minister flew to Washington on Tuesday for a meeting with his counterpart."
    assert WASHINGTON in _places(body)

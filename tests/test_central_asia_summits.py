"""The Central Asian states lie in Central Asia (entities.yaml located_in): a headline's summit "in
Central Asia" is the one its story holds in Bishkek or Tashkent, not a second summit; a summit told in
Moscow is no part of the region. A plan its side will not confirm ("has not said whether X will hold
talks with Y") is none (events_en.yaml not_held). Texts written for the test."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
TASHKENT, MOSCOW, CENTRAL_ASIA = (CATALOG.named(n).entity_id for n in ("Tashkent", "Moscow", "Central Asia"))
MONDAY = dt.date(2031, 9, 8)


def test_the_capitals_of_central_asia_lie_in_it_and_moscow_does_not():
    assert CENTRAL_ASIA in CATALOG.places_containing(TASHKENT)
    assert CENTRAL_ASIA not in CATALOG.places_containing(MOSCOW)


def _summits(title: str, body: str) -> list:
    return [e for e in extract_article("x", title, None, body, MONDAY, "en").events if e.mentions[0].event_type == "summit"]


def test_a_headlines_summit_in_central_asia_is_the_storys_summit_in_its_capital():
    body = ("Premier Li Qiang left Beijing today for the region.\n\n"
            "The annual SCO summit opens in Tashkent on Thursday, where Li and Vladimir Putin are expected to sign "
            "a treaty on transport.")
    summits = _summits("Li heads to Central Asia for SCO summit", body)
    assert len(summits) == 1 and summits[0].location_id == TASHKENT


def test_look_alike_a_headlines_summit_in_central_asia_is_not_the_storys_meeting_in_moscow():
    body = ("Premier Li Qiang left Beijing today.\n\n"
            "Li and Vladimir Putin are expected to hold talks in Moscow on Thursday.")
    summits = _summits("Li heads to Central Asia for SCO summit", body)
    assert summits and all(s.location_id != MOSCOW for s in summits)


def test_talks_a_side_has_not_said_it_will_hold_are_no_plan():
    body = ("Premier Li Qiang left Beijing today for the SCO summit in Tashkent on Thursday.\n\n"
            "Beijing has not said whether Li will hold separate talks with Vladimir Putin on the way.")
    events = extract_article("x", "Li heads to Tashkent", None, body, MONDAY, "en").events
    assert not [e for e in events if e.mentions[0].event_type == "meeting"]


def test_look_alike_talks_a_side_has_said_it_will_hold_are_planned():
    body = ("Premier Li Qiang left Beijing today for the SCO summit in Tashkent on Thursday.\n\n"
            "Beijing has said that Li will hold separate talks with Vladimir Putin on Friday.")
    events = extract_article("x", "Li heads to Tashkent", None, body, MONDAY, "en").events
    assert [e for e in events if e.mentions[0].event_type == "meeting"]

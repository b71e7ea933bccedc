"""A body's premiers meeting ("SCO prime ministers met", "SCO premiers meet") is that body's summit of
heads of government, as its leaders' meeting is its summit (events_en.yaml summit_body_meetings); its
foreign ministers' meeting stays a meeting. "The heads of government of China and Russia" are the
premiers, not the countries' leaders the article names (events_en.yaml leaders_of). Texts written for
the test."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
XI, PUTIN, WEN, HU = (CATALOG.named(name).entity_id for name in ("Xi Jinping", "Vladimir Putin", "Wen Jiabao", "Hu Jintao"))
SUNDAY = dt.date(2031, 11, 2)


def _types(title: str, body: str) -> list[str]:
    return [e.mentions[0].event_type for e in extract_article("x", title, None, body, SUNDAY, "en").events]


def test_a_bodys_prime_ministers_meeting_is_its_summit():
    body = "The prime ministers discussed transport corridors and a joint development bank."
    assert _types("SCO prime ministers meet in Tashkent", body)[0] == "summit"


def test_look_alike_a_bodys_foreign_ministers_meeting_stays_a_meeting():
    body = "The ministers discussed transport corridors and a joint development bank."
    assert _types("SCO foreign ministers meet in Tashkent", body)[0] == "meeting"


def test_the_heads_of_government_of_two_countries_are_not_their_presidents():
    # (a premier who is no head of state in the page's year, another year's president: "the heads of" China and
    # Russia were read as the page's Chinese president and the year's Russian one; the visit of October 2011)
    body = ("At the invitation of Premier Wen Jiabao of the State Council, Prime Minister Vladimir Putin of the "
            "Russian Federation will pay an official visit to China from October 11 to 12. Wen and Putin will "
            "hold the 16th regular meeting between the heads of government of China and Russia on October 11.\n\n"
            "Q: Will President Hu Jintao see Prime Minister Putin?")
    events = extract_article("x", "Foreign ministry briefing", None, body, dt.date(2011, 10, 5), "en").events
    meetings = [e for e in events if e.mentions[0].event_type == "meeting"]
    people = {p for e in meetings for m in e.mentions for p in m.participant_ids}
    assert meetings and {WEN, PUTIN} <= people and HU not in people


def test_look_alike_the_heads_of_state_of_two_countries_are_their_presidents():
    body = ("President Xi Jinping thanked Russia for its support on Saturday, and Vladimir Putin answered him.\n\n"
            "The heads of state of China and Russia will hold talks on Monday.")
    events = extract_article("x", "Leaders to meet", None, body, SUNDAY, "en").events
    monday = [e for e in events if e.date is not None and str(e.date.first) == "2031-11-03"]
    assert monday and XI in {p for m in monday[0].mentions for p in m.participant_ids}

"""The article's visitor told only by a title with his country's demonym ("Kishida will receive the
Chinese minister on Tuesday", after "Wang Yi flew into Tokyo"): the one person named before of that
country is the guest, and host and guest meet (extract/guest_references.py, ``guest_titles``;
extract/host_meetings.py). A title of a country no one named before is not the visitor's; a plural or
a title with its portfolio after it ("the Chinese minister of commerce") is no guest's."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MONDAY = dt.date(2023, 4, 3)


def meetings(body: str) -> list[tuple[str, ...]]:
    events = extract_article("t", None, None, body, MONDAY, "en").events
    return [tuple(sorted(e.participants)) for e in events if e.mentions[0].event_type == "meeting"]


def test_the_visitor_by_his_countrys_title_is_received():
    body = ("Wang Yi flew into Tokyo on Monday for a two-day visit. Officials said Fumio Kishida would receive the "
            "Chinese minister at his office on Tuesday.")
    assert ("fumio-kishida", "wang-yi") in meetings(body)


def test_a_title_of_a_country_no_one_named_is_not_the_visitor():
    body = ("Wang Yi flew into Tokyo on Monday for a two-day visit. Officials said Fumio Kishida would receive the "
            "Indian minister at his office on Tuesday.")
    assert ("fumio-kishida", "wang-yi") not in meetings(body)


def test_a_plural_title_is_no_guest():
    body = ("Wang Yi flew into Tokyo on Monday for a two-day visit. Officials said Fumio Kishida would receive the "
            "Chinese ministers at his office on Tuesday.")
    assert ("fumio-kishida", "wang-yi") not in meetings(body)

"""A body "to be set up in" a city is a plan named in passing, no founding held there
(events_en.yaml triggers.founding); one "set up in" a city is founded there. Texts written for the
test."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MONDAY = dt.date(2031, 3, 3)


def _types(body: str) -> list[str]:
    return [e.mentions[0].event_type for e in extract_article("x", "Bloc signs charter", None, body, MONDAY, "en").events]


def test_a_body_to_be_set_up_in_a_city_is_no_founding():
    body = ("The foreign ministers of Peru and Chile signed a treaty on Monday on a fisheries council, with a "
            "secretariat to be set up in Lima.")
    assert "founding" not in _types(body)


def test_look_alike_a_body_set_up_in_a_city_is_founded_there():
    body = "The fisheries council was set up in Lima on Monday by the ministers of Peru and Chile."
    assert "founding" in _types(body)

"""A country's capital named by its demonym ("in the Uzbek capital") places an event in the
city the knowledge base gives as the country's capital; the same words about money ("Uzbek
capital markets") or without the article ("in Uzbek capital") place nothing
(extract/capital_phrases.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog

FRIDAY = dt.date(2022, 9, 16)


def place_of_the_meeting(body: str) -> str | None:
    (meeting,) = [e for e in extract_article("c", None, None, body, FRIDAY).events if e.family == "gathering"]
    return meeting.location_id


def test_the_demonyms_capital_is_the_countrys_capital_city():
    tashkent = entity_catalog().named("Tashkent").entity_id
    assert place_of_the_meeting("Shavkat Mirziyoyev received Narendra Modi in the Uzbek capital on Friday for "
                                "talks.") == tashkent


@pytest.mark.parametrize("body", [
    "Shavkat Mirziyoyev held talks with Narendra Modi on Friday about the Uzbek capital markets.",
    "Shavkat Mirziyoyev held talks with Narendra Modi on Friday, seeking Indian capital for new plants.",
])
def test_capital_as_money_places_nothing(body):
    assert place_of_the_meeting(body) is None

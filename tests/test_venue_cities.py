"""A venue the knowledge base places in a city (a square, a palace) places an event held
there in that city, as the Kremlin places one in Moscow. Texts written for these tests; each
beside a look-alike that must stay where it is."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

BEIJING, BRASILIA = "Q956", "Q2844"
DAY = dt.date(2024, 10, 2)


def main_location(body: str):
    extraction = extract_article("a", None, None, body, DAY, "en")
    mains = [event for event in extraction.events if event.main]
    return mains[0].location_id if mains else None


@pytest.mark.parametrize("venue, city", [
    ("Tian'anmen Square", BEIJING),
    ("Tiananmen Square", BEIJING),
    ("the Itamaraty Palace", BRASILIA),
])
def test_a_venue_places_the_meeting_in_its_city(venue, city):
    body = (f"Russian President Vladimir Putin and Chinese President Xi Jinping held talks at {venue} "
            "on Tuesday. They discussed grain exports.")
    assert main_location(body) == city


def test_look_alike_a_meeting_elsewhere_is_not_placed_in_the_venues_city():
    body = ("Russian President Vladimir Putin and Chinese President Xi Jinping held talks in Tianjin on Tuesday. "
            "They discussed grain exports.")
    assert main_location(body) not in (BEIJING, BRASILIA)

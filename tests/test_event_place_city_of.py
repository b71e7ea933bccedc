"""A venue named with its kind before it ("in the city of Bishkek", issue 23 class 6) is the
event's place; the same words after a topic ("the economy of the city of Bishkek") are not.

Fixtures are written for these tests in the shape of what real pages say."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2030, 5, 26)


def forum_places(body: str) -> list[str | None]:
    extraction = extract_article("a", None, None, body, DAY)
    return [m.location_id for m in extraction.event_mentions if m.event_type == "forum"]


def test_a_forum_in_the_city_of_a_place_is_held_there():
    places = forum_places("The Second Regional Economic Forum opened on Thursday in the city of Bishkek.")
    assert places and all(place == "bishkek" for place in places)


def test_a_forum_about_the_city_of_a_place_is_not_placed_there():
    places = forum_places("The Second Regional Economic Forum discussed the economy of the city of Bishkek.")
    assert places and "bishkek" not in places

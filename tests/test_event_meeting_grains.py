"""One meeting of two told at two grains in one story: "met in Slovenia on Friday" and "The two
presidents met in Ljubljana on Friday" are one meeting, placed in the city. Look-alikes: another day,
or other people, in the city stay another meeting. Every fixture is written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
MACRON, SCHOLZ, ORBAN = (CATALOG.named(name).entity_id for name in ("Emmanuel Macron", "Olaf Scholz",
                                                                   "Viktor Orbán"))
SLOVENIA, LJUBLJANA = (CATALOG.named(name).entity_id for name in ("Slovenia", "Ljubljana"))
PUBLISHED = dt.date(2024, 3, 16)  # a Saturday


def meetings(body: str) -> list[tuple[frozenset, str | None, dt.date | None]]:
    events = extract_article("t", "Leaders in Slovenia", None, body, PUBLISHED, "en").events
    return sorted(((frozenset(e.participants), e.location_id, e.date and e.date.first) for e in events
                   if "meeting" in e.types()), key=str)


def test_a_meeting_of_two_told_in_the_country_and_in_its_city_on_one_day_is_one_meeting():
    body = ("Emmanuel Macron and Olaf Scholz met in Slovenia on Friday. The two leaders met in Ljubljana on "
            "Friday to talk about energy.")
    assert meetings(body) == [(frozenset({MACRON, SCHOLZ}), LJUBLJANA, dt.date(2024, 3, 15))]


def test_look_alike_another_day_or_other_people_in_the_city_stay_another_meeting():
    other_day = ("Emmanuel Macron and Olaf Scholz met in Slovenia on Friday. The two leaders had met in Ljubljana "
                 "on Wednesday as well.")
    assert len(meetings(other_day)) == 2
    others = ("Emmanuel Macron and Olaf Scholz met in Slovenia on Friday. Viktor Orban met Scholz in "
              "Ljubljana on Friday.")
    assert {people for people, _, _ in meetings(others)} == {frozenset({MACRON, SCHOLZ}),
                                                              frozenset({ORBAN, SCHOLZ})}

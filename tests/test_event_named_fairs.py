"""A trade fair known by its name is a gathering as a forum is ("the opening session of the Harbin
Machinery Expo"), and one who tells its session something addressed it, one of its people
("X told the opening session of the ... Expo that ..."). The look-alikes: a world's fair toured
("toured the World Expo") and "the expo" in lower case are no gathering of their own. Texts written
for these tests, other names and places than any page read."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

MODI = base.entity_catalog().named("Narendra Modi").entity_id
DAY = dt.date(2024, 6, 3)


def forums(body: str):
    return [e for e in extract_article("t", "Fair opens", None, body, DAY, "en").events if e.family == "forum"]


def test_a_named_expo_is_a_forum_and_its_speaker_attends_it():
    (fair,) = forums("Narendra Modi told the opening session of the Harbin Machinery Expo on Monday that "
                     "trade rules served both countries well.")
    assert MODI in fair.participants


def test_look_alike_a_world_s_fair_toured_or_an_expo_in_lower_case_is_no_forum():
    assert forums("Narendra Modi toured the World Expo in Harbin on Monday.") == []
    assert forums("Narendra Modi walked around the expo in Harbin on Monday.") == []

"""Hosts listed before the words that they each meet one visitor, "A and B will meet X separately",
tell one meeting of each with the visitor, not one meeting of three (issue 23, classes 3 and 7: the
talks inside a state visit; extract/meetings_with_each.py, knowledge/events_en.yaml). Beside it the
look-alike: "A and B will meet X", with no "separately", stays one meeting.

Every fixture is written for these tests, with a visit and leaders of their own."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog

DAY = dt.date(2031, 3, 11)


def known(name: str) -> str:
    return entity_catalog().named(name).entity_id


def meetings(body: str):
    found = extract_article("a", "Modi in Beijing", None, body, DAY, "en").events
    return [frozenset(e.participants) for e in found if e.types() == {"meeting"}]


MODI, LI, WANG = known("Narendra Modi"), known("Li Qiang"), known("Wang Yi")


def test_two_hosts_who_each_meet_the_visitor_separately_are_two_meetings():
    found = meetings("Xi Jinping and Narendra Modi held talks in Beijing on Tuesday morning. Premier Li Qiang and "
                     "Foreign Minister Wang Yi will meet Modi separately this afternoon.")
    assert frozenset({LI, MODI}) in found and frozenset({WANG, MODI}) in found
    assert frozenset({LI, WANG, MODI}) not in found


def test_two_hosts_who_meet_the_visitor_together_are_one_meeting():
    """The look-alike: no "separately"."""
    found = meetings("Xi Jinping and Narendra Modi held talks in Beijing on Tuesday morning. Premier Li Qiang and "
                     "Foreign Minister Wang Yi will meet Modi this afternoon.")
    assert frozenset({LI, WANG, MODI}) in found

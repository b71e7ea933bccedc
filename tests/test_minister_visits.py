"""A visit word referring back ("the visit") in the story of a leader's talks with a minister is
the minister's errand, not a visit of leaders that holds the talks (event_visits.py,
visit_holding_main). Fixtures written for these tests (other people, other places), beside the
look-alike that must keep its visit: the same words after two leaders' talks."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
XI, LUKASHENKO, LAVROV, BEIJING = (CATALOG.named(name).entity_id for name in (
    "Xi Jinping", "Alexander Lukashenko", "Sergei Lavrov", "Beijing"))
THURSDAY = dt.date(2024, 7, 4)
AFTER = " {guest} handed over a letter from his capital. The visit came after a month of quiet between the capitals."


def events(body: str):
    return extract_article("errand", None, None, body, THURSDAY, "en").events


def visits(found):
    return [e for e in found if e.types() & {"visit", "state_visit"}]


def test_the_visit_of_a_minister_received_by_a_leader_is_no_visit_holding_the_talks():
    found = events("Xi Jinping received Russian Foreign Minister Sergei Lavrov in Beijing on Thursday." + AFTER.format(guest="Lavrov"))
    (talks,) = [e for e in found if e.types() == {"meeting"}]
    assert talks.participants == {XI, LAVROV}
    assert visits(found) == []


def test_the_visit_of_a_leader_holds_his_talks_with_the_host():
    found = events("Xi Jinping held talks with Alexander Lukashenko in Beijing on Thursday." + AFTER.format(guest="Lukashenko"))
    (visit,) = visits(found)
    assert visit.participants == {XI, LUKASHENKO} and visit.location_id == BEIJING
    assert visit.date.first == THURSDAY

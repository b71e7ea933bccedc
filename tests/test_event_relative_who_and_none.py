"""A person's relative clause, "X, who met Y on Monday, ...", tells X's meeting with Y; an event
said to be none ("has no meeting with Z on his schedule") is no report (extract/event_clauses.py
antecedent; knowledge/events_en.yaml not_held). Fixtures written for these tests, each beside a
look-alike that keeps its event."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MODI, ERDOGAN, TOKAYEV = "Q1058", "Q39259", "kassym-jomart-tokayev"
DAY = dt.date(2024, 7, 3)  # a Wednesday
TITLE = "Leaders gather in Astana"
LEAD = "ASTANA - Leaders of the region gathered in Astana for a summit on Wednesday. "


def reports(body):
    return [m for m in extract_article("t1", TITLE, None, LEAD + body, DAY).event_mentions
            if m.event_type == "meeting"]


def people(body):
    return [set(m.participant_ids) for m in reports(body)]


def test_the_person_a_who_clause_follows_holds_its_meeting():
    found = people("Narendra Modi, who met Tokayev on Monday, flew on to Tashkent.")
    assert {MODI, TOKAYEV} in found


def test_a_meeting_said_to_be_none_is_no_report():
    found = people("Narendra Modi, who met Tokayev on Monday, has no formal meeting with Erdogan on his schedule.")
    assert {MODI, TOKAYEV} in found
    assert not any(ERDOGAN in p for p in found)


def test_look_alike_a_meeting_to_come_beside_the_who_clause_stays():
    found = people("Narendra Modi, who met Tokayev on Monday, will hold a meeting with Erdogan on Thursday.")
    assert {MODI, TOKAYEV} in found
    assert any(ERDOGAN in p and MODI in p for p in found)


def test_look_alike_someone_named_after_who_is_the_subject_not_the_one_before():
    found = people("Narendra Modi, who Tokayev met on Monday, flew on to Tashkent.")
    assert not any(MODI in p for p in found) or {MODI, TOKAYEV} in found  # (never Modi alone with another)
    assert all(TOKAYEV in p for p in found)

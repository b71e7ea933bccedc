"""Meetings with each of a list of leaders of a past year (extract/meetings_with_each.py): a premier whom the
knowledge base gives no role of today nor a head of state's office counts by the country of the office he
held (knowledge/offices.yaml); and a sentence opening on the meeting with one of them ("会见X时，Y说")
belongs to the meeting with him (extract/meeting_when_openings.py, knowledge ``meeting_when_opening``).
Fixtures written for these tests, with other leaders, towns and days than any page read; each beside a
look-alike that must not do it."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

FRIDAY = dt.date(2009, 11, 20)


def _meetings(body):
    events = extract_article("x", None, None, body, FRIDAY, "zh").events
    return [frozenset(e.participants) for e in events if e.types() == {"meeting"}]


def _ids():
    from ruchina.knowledge.base import entity_catalog
    catalog = entity_catalog()
    return {name: catalog.by_name[name].entity_id for name in ("Wen Jiabao", "Barack Obama", "Vladimir Putin",
                                                                 "Manmohan Singh")}


LEAD = "国务院总理温家宝20日在新加坡{}会见美国总统奥巴马、俄罗斯总理普京和印度总理辛格。"


def test_meetings_with_each_of_a_list_holding_a_past_premier_are_one_meeting_each():
    ids = _ids()
    wen = ids["Wen Jiabao"]
    meetings = _meetings(LEAD.format("分别"))
    for other in ("Barack Obama", "Vladimir Putin", "Manmohan Singh"):
        assert frozenset({wen, ids[other]}) in meetings, meetings


def test_a_list_after_the_verb_without_separately_stays_one_meeting():
    ids = _ids()
    meetings = _meetings(LEAD.format(""))
    assert frozenset(ids.values()) in meetings


def _mention_of(body, opening):
    events = extract_article("x", None, None, body, FRIDAY, "zh").events
    (told,) = [m for e in events for m in e.mentions if m.sentence.startswith(opening)]
    return told


def test_a_sentence_opening_on_the_meeting_with_one_of_them_is_his_meeting():
    ids = _ids()
    told = _mention_of(LEAD.format("分别") + "\n\n会见奥巴马时，温家宝说，中美关系发展良好。", "会见奥巴马时")
    assert set(told.participant_ids) == {ids["Wen Jiabao"], ids["Barack Obama"]}


def test_a_sentence_opening_on_the_end_of_the_meetings_names_no_one_met():
    ids = _ids()
    told = _mention_of(LEAD.format("分别") + "\n\n会见结束后，温家宝说，各方关系发展良好。", "会见结束后")
    assert ids["Barack Obama"] not in told.participant_ids

"""An event only considered ("the possibility of holding a summit", "the prospect of convening
one") is no plan (knowledge/events_en.yaml not_held); a proposal taken up keeps its event.
Fixtures written for these tests, each beside a look-alike that keeps its event."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

ERDOGAN = "Q39259"
DAY = dt.date(2024, 7, 3)
TITLE = "Leaders gather in Astana"
LEAD = "ASTANA - Leaders of the region gathered in Astana for a summit on Wednesday. "


def summits(body):
    return [m for m in extract_article("t1", TITLE, None, LEAD + body, DAY).event_mentions
            if m.event_type == "summit" and m.status == "planned"]


def test_a_summit_only_proposed_is_no_plan():
    assert summits("Tokayev and Erdogan discussed the possibility of holding a Turkic summit in Baku next year.") == []
    assert summits("Erdogan raised the prospect of convening another summit in Baku next year.") == []


def test_look_alike_a_summit_agreed_is_a_plan():
    assert summits("Tokayev and Erdogan agreed to hold a Turkic summit in Baku next year.")


def test_look_alike_a_proposal_taken_up_keeps_its_event():
    mentions = extract_article("t1", TITLE, None, LEAD + "Tokayev thanked Erdogan for his initiative to hold this "
                               "summit.", DAY).event_mentions
    assert any(m.event_type == "summit" and m.sentence.startswith("Tokayev thanked") for m in mentions)


def meetings_with_erdogan(body):
    return [m for m in extract_article("t1", TITLE, None, LEAD + body, DAY).event_mentions
            if m.event_type == "meeting" and ERDOGAN in m.participant_ids]


def test_an_event_whose_subject_no_denies_is_none():
    # ("No Greek premier would sit down with Erdogan again": no one did, nor will)
    assert meetings_with_erdogan("After the quarrel, no Greek premier would sit down with Erdogan for two years.") == []


def test_look_alike_a_leader_named_after_no_doubt_still_meets():
    assert meetings_with_erdogan("No doubt Tokayev will meet Erdogan in Astana on Thursday.")

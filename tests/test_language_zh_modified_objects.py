"""Chinese puts a modifier before its noun, ending in 的: an event word's object may stand
after a clause that describes it ("会见[来京出席论坛的]总统X", met President X, who came to attend
the forum). The person after the modifier is the event's own object; a summit the modifier
names is the setting of the talks, not the talks. Texts written for the test; each has a
look-alike beside it that must not be read so."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LI_QIANG, LUKASHENKO, TOKAYEV = (CATALOG.named(name).entity_id
                                 for name in ("Li Qiang", "Alexander Lukashenko", "Kassym-Jomart Tokayev"))
PUBLISHED = dt.date(2023, 10, 18)


def extracted(body: str):
    return extract_article("zh-test", None, None, body, PUBLISHED, "zh")


def meetings(body: str) -> list[set[str]]:
    return [set(m.participant_ids) for m in extracted(body).event_mentions if m.event_type == "meeting"]


def test_the_person_after_a_modifier_is_the_meeting_s_object():
    body = "国务院总理李强18日在钓鱼台国宾馆会见来京出席第三届国际合作论坛的白俄罗斯总统卢卡申科。"
    assert meetings(body) == [{LI_QIANG, LUKASHENKO}]


def test_a_person_after_a_clause_break_is_not_the_meeting_s_object():
    body = "国务院总理李强18日会见了企业界代表，出席论坛的白俄罗斯总统卢卡申科当天发表了演讲。"
    assert meetings(body) == [{LI_QIANG}]


def test_a_person_the_modifier_joins_to_another_noun_is_not_its_object():
    # ("met the entrepreneurs who attended the forum and Lukashenko's adviser")
    body = "国务院总理李强18日会见出席论坛的企业家和卢卡申科的顾问。"
    assert LUKASHENKO not in set().union(*meetings(body))


def test_a_summit_the_guest_came_to_attend_is_the_setting_of_the_talks():
    body = "国务院总理李强7日在阿斯塔纳会见前来出席上海合作组织峰会的哈萨克斯坦总统托卡耶夫。"
    events = extracted(body).events
    kinds = sorted(tuple(sorted(e.types())) for e in events)
    assert kinds == [("meeting",), ("summit",)]
    talks = next(e for e in events if e.types() == {"meeting"})
    assert talks.participants == {LI_QIANG, TOKAYEV}


def test_a_summit_attended_with_no_talks_in_the_sentence_is_no_setting():
    body = "哈萨克斯坦总统托卡耶夫7日出席上海合作组织峰会。"
    summits = [m for m in extracted(body).event_mentions if m.event_type == "summit"]
    assert summits and not any(m.setting for m in summits)

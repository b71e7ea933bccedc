"""Who takes part in a meeting, and what is only awaited: a visit waited for with no date is no
event and its visitor takes part in nothing (awaited_visits.py); one a participant only sends
greetings to is away (away_people.py). Texts written for these tests, other names and places
than any page read; each beside a look-alike that keeps its event or its participant."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LULA, MODI, RAMAPHOSA = (CATALOG.named(name).entity_id
                         for name in ("Luiz Inácio Lula da Silva", "Narendra Modi", "Cyril Ramaphosa"))
LUKASHENKO, TOKAYEV, MIRZIYOYEV = (CATALOG.named(name).entity_id
                                   for name in ("Alexander Lukashenko", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"))
MONDAY = dt.date(2024, 3, 11)


def extraction(body: str, title: str | None = None, language: str = "en"):
    return extract_article("t", title, None, body, MONDAY, language)


def test_a_visit_awaited_with_no_date_is_no_event_and_its_visitor_meets_no_one():
    found = extraction("Lula hosted Modi at the Alvorada Palace on Monday and said Brazil was waiting for a "
                       "visit from Ramaphosa.")
    assert not any("visit" in e.types() for e in found.events)
    assert not any(RAMAPHOSA in e.participants for e in found.events)
    assert any({LULA, MODI} <= e.participants for e in found.events)


def test_a_visit_awaited_with_a_date_after_the_waiting_is_a_plan():
    found = extraction("Lula hosted Modi at the Alvorada Palace on Monday and said Brazil expects a visit "
                       "by Ramaphosa next month.")
    (visit,) = [m for m in found.event_mentions if m.event_type == "visit"]
    assert visit.status == "planned" and visit.date.precision == "month" and visit.date.first == dt.date(2024, 4, 1)


def test_a_title_s_awaited_visit_is_no_main_event_beside_the_lead_s_meeting():
    found = extraction("Lula hosted Indian Prime Minister Narendra Modi at the Alvorada Palace on Monday.",
                       title="Lula tells Modi he expects visit by Ramaphosa")
    (main,) = [e for e in found.events if e.main]
    assert main.types() == {"meeting"} and main.participants == {LULA, MODI}


def test_a_visit_awaited_in_russian_with_no_date_is_no_event():
    undated = extraction("Лукашенко в понедельник встретился в Минске с Токаевым. Он напомнил, что в Минске "
                         "ждут визита Мирзиёева.", language="ru")
    dated = extraction("Лукашенко в понедельник встретился в Минске с Токаевым. Он напомнил, что в Минске "
                       "ждут визита Мирзиёева в мае.", language="ru")
    assert not any(MIRZIYOYEV in e.participants for e in undated.events)
    # (the dated one stays a report of a visit in May; its year and tense are read elsewhere)
    assert any(MIRZIYOYEV in m.participant_ids and m.event_type == "visit" and m.date.first.month == 5
               for m in dated.event_mentions)


def test_a_host_receives_a_guest_described_before_his_name():
    found = extraction("Ramaphosa received India's most senior leader, Narendra Modi, at the Union Buildings on Monday.")
    assert any(m.event_type == "meeting" and {RAMAPHOSA, MODI} <= set(m.participant_ids)
               for m in found.event_mentions)


def test_receiving_a_letter_or_someone_s_envoy_is_no_meeting_with_him():
    for body in ("Ramaphosa received Modi's letter on Monday.", "Ramaphosa received a message, Modi said on Monday."):
        assert not any(MODI in m.participant_ids and RAMAPHOSA in m.participant_ids
                       for m in extraction(body).event_mentions), body


def test_one_sent_greetings_through_the_guest_is_away():
    found = extraction("Ramaphosa met Lula in Pretoria on Monday and asked him to pass his greetings to Modi.")
    (meeting,) = [e for e in found.events if "meeting" in e.types()]
    assert meeting.participants == {RAMAPHOSA, LULA}


def test_one_met_and_named_plainly_takes_part():
    found = extraction("Ramaphosa met Lula and Modi in Pretoria on Monday.")
    (meeting,) = [e for e in found.events if "meeting" in e.types()]
    assert meeting.participants == {RAMAPHOSA, LULA, MODI}


def test_one_sent_greetings_in_a_russian_title_is_away():
    title = "Лукашенко принял Токаева и передал привет Мирзиёеву"
    found = extraction("Лукашенко в понедельник принял в Минске Токаева и передал привет Мирзиёеву.", title=title,
                       language="ru")
    assert not any(MIRZIYOYEV in e.participants for e in found.events)
    assert any({LUKASHENKO, TOKAYEV} <= e.participants for e in found.events)
    plain = extraction("Лукашенко в понедельник встретился в Минске с Токаевым и Мирзиёевым.", language="ru")
    assert any({LUKASHENKO, TOKAYEV, MIRZIYOYEV} <= e.participants for e in plain.events)


def test_a_sentence_referring_back_to_an_awaited_visit_tells_none():
    found = extraction("Lula hosted Modi at the Alvorada Palace on Monday and said Brazil was waiting for a "
                       "visit from Ramaphosa. He gave no date for the visit.")
    assert not any("visit" in e.types() for e in found.events)


def test_a_sentence_referring_back_to_a_dated_visit_keeps_it():
    found = extraction("Lula hosted Modi at the Alvorada Palace on Monday. Ramaphosa will visit Brasilia in May, "
                       "Lula said. He spoke warmly of the visit.")
    assert any("visit" in e.types() and RAMAPHOSA in e.participants for e in found.events)


def test_one_sent_greetings_in_chinese_is_away_and_no_one_of_the_two_after():
    # ("请Y转达对Z的问候": Z is greeted through Y; "两国" in the next sentence counts the two who met)
    body = ("卢卡申科11日在明斯克会见托卡耶夫。卢卡申科请托卡耶夫转达对米尔济约耶夫总统的问候。"
            "卢卡申科表示，两国元首会晤为双方合作提供了有力支撑。")
    found = extraction(body, title="卢卡申科会见托卡耶夫", language="zh")
    assert not any(MIRZIYOYEV in e.participants for e in found.events)
    assert any({LUKASHENKO, TOKAYEV} <= e.participants for e in found.events)


def test_look_alike_one_named_in_chinese_beside_the_two_is_one_of_them():
    body = ("卢卡申科11日在明斯克会见托卡耶夫。卢卡申科同托卡耶夫和米尔济约耶夫共同出席活动。"
            "卢卡申科表示，三国元首会晤为各方合作提供了有力支撑。")
    found = extraction(body, title="卢卡申科会见托卡耶夫", language="zh")
    assert any(MIRZIYOYEV in e.participants for e in found.events)

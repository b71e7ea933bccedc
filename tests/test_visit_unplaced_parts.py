"""Talks a visitor holds on his visit's days that no report places ("李鹏将于16日会见卡西亚诺夫") are
the visit's, held where the visitor is (corpus/event_parts.py); talks the text places in another country
are not. And the two the sentence before names, told as "los dos" or "两国总理"
(knowledge ``group``), are the people of the act they do together.

Texts written for these tests, with invented visits and words; each beside a look-alike that must not
do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.events_table import merged_events
from ruchina.extract.extraction import extract_article

DAY = dt.date(2001, 3, 15)
KASYANOV, ZHU, LI_PENG = "mikhail-kasyanov", "zhu-rongji", "li-peng"


def rows(text: str, language: str = "en"):
    extraction = extract_article("a1", None, None, text, DAY, language)
    names = {m.entity_id: m.name for m in extraction.mentions}
    return merged_events([extraction], names)


def _meeting_with(events, person):
    return next(e for e in events if e.event_type == "meeting" and person in e.participant_ids)


def test_the_visitors_unplaced_talks_on_its_days_are_the_visits():
    events = rows("国务院总理朱镕基15日在北京同俄罗斯总理卡西亚诺夫举行会晤。卡西亚诺夫应朱镕基邀请于15日至17日"
                  "对中国进行正式访问。据悉，李鹏将于16日会见卡西亚诺夫。", "zh")
    visit = next(e for e in events if e.event_type == "visit")
    talks = _meeting_with(events, LI_PENG)
    assert talks.part_of == visit.event_id


def test_the_visitors_talks_told_in_another_country_are_not_the_visits():
    events = rows("国务院总理朱镕基15日在北京同俄罗斯总理卡西亚诺夫举行会晤。卡西亚诺夫应朱镕基邀请于15日至17日"
                  "对中国进行正式访问。据悉，李鹏将于16日在东京会见卡西亚诺夫。", "zh")
    talks = _meeting_with(events, LI_PENG)
    assert talks.part_of is None


def test_spanish_los_dos_are_the_two_named_before():
    events = rows("El jueves, Mijaíl Kasiánov y el primer ministro chino, Zhu Rongji, celebraron una reunión en Pekín. "
                  "El jueves por la noche, los dos asistieron a la ceremonia de clausura del festival.", "es")
    ceremony = next(e for e in events if e.event_type == "other")
    assert {KASYANOV, ZHU} <= set(ceremony.participant_ids)


def test_chinese_the_two_premiers_are_the_two_named_before():
    events = rows("国务院总理朱镕基15日在北京同俄罗斯总理卡西亚诺夫举行会晤。当晚，两国总理将共同出席文化节闭幕式。", "zh")
    ceremony = next(e for e in events if e.event_type == "other")
    assert {KASYANOV, ZHU} <= set(ceremony.participant_ids)

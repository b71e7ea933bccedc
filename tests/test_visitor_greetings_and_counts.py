"""Issue 23 (unseen17's English pages): who a visit and a meeting hold, and what is no report.
One whose greetings a visitor brings is away ("conveyed greetings from President X": away_people.py,
knowledge/events_en.yaml's greeted_through); two meetings counted ("had met twice this year") are a
series, not one (events_en.yaml's passing); "Li" after Li Peng's full name is Li Peng, as after Li
Keqiang's (knowledge/entities.yaml). Texts written for these tests, other names and places than
any page read; each beside a look-alike that keeps its event or its participant."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LULA, MODI, RAMAPHOSA = (CATALOG.named(name).entity_id
                         for name in ("Luiz Inácio Lula da Silva", "Narendra Modi", "Cyril Ramaphosa"))
TUESDAY = dt.date(2024, 3, 12)


def extraction(body: str):
    return extract_article("t", None, None, body, TUESDAY, "en")


def test_one_whose_greetings_the_visitor_brings_is_away():
    found = extraction("Modi, who arrived in Pretoria on Monday for a two-day visit, conveyed greetings from "
                       "President Lula.")
    assert not any(LULA in e.participants for e in found.events)
    assert any(MODI in e.participants and "visit" in e.types() for e in found.events)


def test_look_alike_one_greeted_in_person_takes_part():
    found = extraction("Modi, who arrived in Pretoria on Monday for a two-day visit, greeted President Lula "
                       "at the airport.")
    assert any({MODI, LULA} <= e.participants for e in found.events)


def test_two_meetings_counted_are_no_report():
    found = extraction("Ramaphosa told Modi that he and Lula had met twice this year.")
    assert not any(LULA in e.participants for e in found.events)


def test_look_alike_a_meeting_held_today_is_reported():
    found = extraction("Ramaphosa met Lula in Pretoria today.")
    assert any({RAMAPHOSA, LULA} <= e.participants for e in found.events)


def people(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.entity_id) for m in link_entities(text, True, "en") if m.entity_type == "PERSON"]


def test_li_after_li_pengs_full_name_is_li_peng():
    found = people("Chinese Premier Li Peng landed in Bonn on Tuesday. On Wednesday Li toured a steel works.")
    assert ("Li", "li-peng") in found and ("Li", "li-qiang") not in found


def test_look_alike_a_bare_li_beside_china_stays_li_qiang():
    found = people("China sent Premier Li to Bonn, where Li toured a steel works.")
    assert {entity for _, entity in found} == {"li-qiang"}

"""Those listed "around the table" after a colon, right after a gathering's report, are its people
(events_en.yaml attending: the seated list); a sentence opening "At the table," that tells what one
person said lists no one. Texts written for the test."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LULA, MODI, RAMAPHOSA = (CATALOG.named(name).entity_id for name in
                         ("Luiz Inácio Lula da Silva", "Narendra Modi", "Cyril Ramaphosa"))
THURSDAY = dt.date(2031, 5, 15)


def _summit_people(body: str) -> set[str]:
    events = extract_article("x", "Bloc leaders gather", None, body, THURSDAY, "en").events
    return {p for e in events if e.mentions[0].event_type == "summit" for m in e.mentions for p in m.participant_ids}


def test_the_people_listed_around_the_table_after_the_summit_report_take_part_in_it():
    body = ("The BRICS summit opened in Durban on Thursday.\n\n"
            "Around the table: host Cyril Ramaphosa, Narendra Modi of India and Luiz Inácio Lula da Silva of Brazil.")
    assert {RAMAPHOSA, MODI, LULA} <= _summit_people(body)


def test_look_alike_a_speaker_at_the_table_is_no_list_of_attendees():
    body = ("The BRICS summit opened in Durban on Thursday.\n\n"
            "At the table, Narendra Modi said that Luiz Inácio Lula da Silva had called him a day before.")
    assert LULA not in _summit_people(body)

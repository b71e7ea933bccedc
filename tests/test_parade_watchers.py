"""Leaders who watch a parade's columns go by, told right after the parade's report, attend it (events_en.yaml
attending: the watching of a column, the tanks, the troops passing); one who watches a match on television
attends no parade. Texts written for the test."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
MODI, LULA = (CATALOG.named(name).entity_id for name in ("Narendra Modi", "Luiz Inácio Lula da Silva"))
SUNDAY = dt.date(2031, 5, 11)


def _parade_people(body: str) -> set[str]:
    events = extract_article("x", "In pictures: the parade", None, body, SUNDAY, "en").events
    return {p for e in events if e.mentions[0].event_type == "parade" for m in e.mentions for p in m.participant_ids}


def test_leaders_who_watch_a_column_roll_by_after_the_parade_attend_it():
    body = ("Cadets march across the square on Sunday at the start of the military parade.\n\n"
            "Indian Prime Minister Narendra Modi, left, and Brazilian President Luiz Inácio Lula da Silva watch a "
            "column of armoured cars roll by.")
    assert {MODI, LULA} <= _parade_people(body)


def test_look_alike_a_leader_who_watches_a_match_attends_no_parade():
    body = ("Cadets march across the square on Sunday at the start of the military parade.\n\n"
            "Later, Narendra Modi and Luiz Inácio Lula da Silva watch a football match on television.")
    assert LULA not in _parade_people(body)

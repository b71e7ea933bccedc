"""What a speaker told someone in a call ("X promised Y in a phone call on Wednesday that India
would keep buying fertiliser") is the call's content, not its tense: the call was held, and the
one told takes part (extract/event_tense.py's tense_part, knowledge/events_en.yaml's addresses and
told_content). And a place after "since" in a summit's clause is where the period is counted
from, not the summit's (extract/event_places.py). Texts written for these tests, each beside a
look-alike that must not be read so."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
MODI, RAMAPHOSA = (CATALOG.named(name).entity_id for name in ("Narendra Modi", "Cyril Ramaphosa"))
DAY = dt.date(2031, 3, 12)  # a Wednesday


def reports(body: str, kind: str):
    return [m for m in extract_article("t", None, None, body, DAY, "en").event_mentions if m.event_type == kind]


def test_a_promise_made_in_a_call_today_is_told_in_a_call_held_by_both():
    found = reports("Narendra Modi promised Cyril Ramaphosa in a phone call on Wednesday evening that India "
                    "would keep buying South African fertiliser.", "call")
    assert len(found) == 1
    assert found[0].status == "occurred" and {MODI, RAMAPHOSA} <= set(found[0].participant_ids)


def test_a_call_promised_is_a_call_to_come():
    found = reports("Narendra Modi promised Cyril Ramaphosa a phone call that would settle the fertiliser dispute.",
                    "call")
    assert len(found) == 1 and found[0].status == "planned"


def test_a_call_in_which_something_will_be_told_is_still_to_come():
    found = reports("Narendra Modi will tell Cyril Ramaphosa in a phone call on Friday that India would keep buying "
                    "fertiliser.", "call")
    assert len(found) == 1 and found[0].status == "planned"


def test_a_place_after_since_in_a_summits_clause_is_not_the_summits():
    found = reports("Narendra Modi will attend the summit of the bloc on Friday, his first summit with the group "
                    "since the floods in Brazil.", "summit")
    assert found and all(m.location_id != CATALOG.named("Brazil").entity_id for m in found)


def test_a_place_before_since_stays_the_summits():
    found = reports("Narendra Modi will attend the summit in Brasilia on Friday, the first since the bloc grew.",
                    "summit")
    assert found and found[0].location_id == CATALOG.named("Brasília").entity_id


def test_a_place_in_the_next_clause_after_since_stays_the_events():
    found = reports("Narendra Modi arrived on Wednesday for his first trip to Brazil since the floods, and Lula "
                    "hosted him for a quiet lunch at the Alvorada Palace that afternoon.", "visit")
    assert found and found[0].location_id == CATALOG.named("Brasília").entity_id

"""A trip's preview tells the traveller's talks with no subject: "A meeting with X is set for
Monday" is the visitor's meeting with X, in the visit's days (visitor_talks.py). The look-alikes:
someone else stands before "with" ("Ramaphosa's meeting with X"), or the talks fall outside the
visit's days. Texts written for these tests, other names and places than any page read."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
MODI, LULA = (CATALOG.named(name).entity_id for name in ("Narendra Modi", "Luiz Inácio Lula da Silva"))
FRIDAY = dt.date(2024, 3, 8)
LEAD = "Narendra Modi will fly to Brasilia on Saturday for a three-day visit to Brazil, from 9 to 11 March. "


def meetings(body: str):
    found = extract_article("t", "Modi heads to Brazil: what is planned", None, body, FRIDAY, "en")
    return [e for e in found.events if e.family == "gathering" and LULA in e.participants]


def test_a_meeting_with_no_subject_in_a_trip_preview_is_the_traveller_s():
    (meeting,) = meetings(LEAD + "He then flies on to the capital. A meeting with President Lula is set for Monday.")
    assert meeting.participants == {MODI, LULA}


def test_look_alike_someone_else_s_meeting_is_not_the_traveller_s():
    for body in (LEAD + "Ramaphosa's meeting with President Lula is set for Monday.",
                 LEAD + "A meeting with President Lula is set for 20 March."):
        assert all(MODI not in m.participants for m in meetings(body)), body


def test_talks_right_after_the_visitor_s_flight_to_a_city_are_held_there():
    brasilia = CATALOG.named("Brasília") if CATALOG.named("Brasília") else CATALOG.named("Brasilia")
    found = extract_article("t", "Modi heads to Brazil", None, "Narendra Modi will land in Sao Paulo on Saturday for a "
                            "three-day visit to Brazil, from 9 to 11 March. He then flies to Brasilia. A meeting with "
                            "President Lula is set for Monday.", FRIDAY, "en")
    (meeting,) = [e for e in found.events if e.family == "gathering" and LULA in e.participants]
    assert meeting.location_id == brasilia.entity_id


def test_look_alike_talks_a_sentence_further_on_keep_no_place():
    found = extract_article("t", "Modi heads to Brazil", None, "Narendra Modi will land in Sao Paulo on Saturday for a "
                            "three-day visit to Brazil, from 9 to 11 March. He then flies to Brasilia. Officials "
                            "expect warm words. A meeting with President Lula is set for Monday.", FRIDAY, "en")
    (meeting,) = [e for e in found.events if e.family == "gathering" and LULA in e.participants]
    assert meeting.location_id is None

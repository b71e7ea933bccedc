"""A group's leaders meeting as such, in person or by video ("The G20 leaders held a virtual meeting",
"une réunion virtuelle des dirigeants du G20"), is the group's summit, not a meeting; its ministers'
meeting is not (knowledge/events_en.yaml, events_fr.yaml). "Se sont entretenus au téléphone" is one
call, not a meeting beside it. A clause with a named subject of its own and a second act (", and Putin
also spoke to Modi by phone") holds its own people, not the chair of the act before it. Texts written
for these tests, invented events, each beside a look-alike that must not do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2031, 3, 14)


def events(body: str, language: str = "en") -> dict[str, set[str]]:
    """Each reported event's type and its people."""
    found = extract_article("a", None, None, body, DAY, language).events
    return {e.mentions[0].event_type: e.participants for e in found}


def test_a_groups_leaders_holding_a_virtual_meeting_hold_its_summit():
    body = "The G20 leaders held a virtual meeting on the pandemic on Thursday, chaired by Narendra Modi."
    assert events(body) == {"summit": {"Q1058"}}


def test_a_groups_ministers_holding_a_meeting_hold_no_summit():
    body = "The G20 finance ministers held a virtual meeting on the pandemic on Thursday."
    assert "summit" not in events(body)


def test_a_french_virtual_meeting_of_a_groups_leaders_is_its_summit():
    body = "Les dirigeants ont parlé jeudi lors d'une réunion virtuelle des dirigeants du G20 consacrée à la pandémie."
    assert "summit" in events(body, "fr")


def test_a_french_meeting_of_a_groups_ministers_is_no_summit():
    body = "Les ministres ont parlé jeudi lors d'une réunion virtuelle des ministres du G20 consacrée à la pandémie."
    assert "summit" not in events(body, "fr")


def test_leaders_who_talked_on_the_telephone_held_one_call_in_french():
    body = "Le président russe, Vladimir Poutine, et Narendra Modi se sont entretenus au téléphone jeudi."
    assert events(body, "fr") == {"call": {"Q7747", "Q1058"}}


def test_leaders_who_talked_at_a_palace_held_a_meeting_in_french():
    body = "Le président russe, Vladimir Poutine, et Narendra Modi se sont entretenus jeudi au Kremlin."
    assert set(events(body, "fr")) == {"meeting"}


def test_a_second_act_with_its_own_named_subject_holds_its_own_people():
    body = ("Anthony Albanese chaired a meeting on the region on Thursday, and Vladimir Putin also spoke to "
            "Narendra Modi by phone on Thursday.")
    assert events(body)["call"] == {"Q7747", "Q1058"}


def test_one_more_attendee_after_and_joins_the_act_told_before():
    body = "Xi Jinping met Vladimir Putin on Thursday, and Narendra Modi also attended the talks."
    assert events(body) == {"meeting": {"Q15031", "Q7747", "Q1058"}}

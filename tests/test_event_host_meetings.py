"""A meeting told by its host's verb and the guest right after it ("X will host Y in Z").
Texts written for the test; each has a look-alike that must not be read so."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LULA, MODI = (CATALOG.named(name).entity_id for name in ("Luiz Inácio Lula da Silva", "Narendra Modi"))
PUBLISHED = dt.date(2024, 3, 11)


def events(body: str, language: str = "en"):
    return extract_article("t", None, None, body, PUBLISHED, language).event_mentions


def test_a_host_s_verb_before_a_person_is_a_meeting_with_that_person():
    found = events("Lula will host Modi at the Alvorada Palace on Thursday, officials in Brasilia said.")
    meetings = [m for m in found if m.event_type == "meeting"]
    assert len(meetings) == 1 and {LULA, MODI} <= set(meetings[0].participant_ids)
    assert meetings[0].status == "planned" and meetings[0].date.first == dt.date(2024, 3, 14)


def test_a_host_s_verb_before_titles_and_a_person_is_a_meeting_too():
    found = events("Lula hosted the Indian Prime Minister Narendra Modi on Monday.")
    assert any(m.event_type == "meeting" and {LULA, MODI} <= set(m.participant_ids) for m in found)


def test_hosting_a_body_an_event_or_being_hosted_by_someone_is_no_meeting():
    for body in ("Brazil will host the leaders of the bloc on Thursday, Lula said.",
                 "Lula will host the summit on Thursday, Modi said.",
                 "A dinner hosted by Lula on Monday closed the day, Modi said."):
        assert not any(m.event_type == "meeting" for m in events(body)), body


def test_a_host_s_list_of_guests_is_no_meeting_of_the_first_guest():
    found = events("Lula hosted Narendra Modi, Cyril Ramaphosa and Xi Jinping at the Itamaraty Palace on Monday.")
    assert not any(m.event_type == "meeting" for m in found)


def test_visiting_as_a_visitor_s_adjective_reports_no_visit():
    found = events("Lula will host Modi in Brasilia tomorrow, an honour rarely paid to a visiting leader.")
    assert not any(m.event_type == "visit" for m in found)
    assert any(m.event_type == "visit" for m in events("Modi is visiting Brasilia tomorrow, officials said."))


def test_visiting_as_a_ministers_adjective_reports_no_visit():
    found = events("Lula received Jaishankar on Monday, an honour he seldom grants to a visiting foreign minister.")
    assert not any(m.event_type == "visit" for m in found)
    assert any(m.event_type == "visit" for m in events("Jaishankar is visiting Brasilia on Monday, officials said."))


def test_welcoming_a_person_is_a_meeting_with_that_person_welcoming_his_words_is_not():
    # (the guest's welcome at the palace is part of the talks, as "received" is)
    found = events("Lula welcomed the Indian Prime Minister Narendra Modi to the Planalto Palace on Monday.")
    assert any(m.event_type == "meeting" and {LULA, MODI} <= set(m.participant_ids) for m in found)
    for body in ("Lula welcomed Modi's offer of help on Monday.",
                 "Lula welcomed the decision of the bloc on Monday, Modi said."):
        assert not any(m.event_type == "meeting" and {LULA, MODI} <= set(m.participant_ids)
                       for m in events(body)), body


def test_a_guest_named_after_his_country_s_possessive_is_met():
    # (the country in the possessive stands for his office: "India's Modi" is "the Indian Prime Minister Modi")
    for body in ("Lula received India's Narendra Modi at the Alvorada Palace on Monday.",
                 "LULA RECEIVES INDIA'S NARENDRA MODI AT THE ALVORADA PALACE IN BRASILIA\n\n"
                 "TWO MINISTERS SIGN A TRADE PACT AFTER THE MEETING"):
        found = events(body)
        assert any(m.event_type == "meeting" and {LULA, MODI} <= set(m.participant_ids) for m in found), body


def test_a_country_s_possessive_before_other_words_or_a_person_s_possessive_names_no_guest():
    for body in ("Lula received India's message from Narendra Modi on Monday.",
                 "Lula received India's envoy on Monday, a week before Narendra Modi's trip."):
        assert not any(m.event_type == "meeting" and {LULA, MODI} <= set(m.participant_ids)
                       for m in events(body)), body


# --- the host's verb in the passive: the guest before it, the host after it

def test_a_guest_received_by_his_host_is_a_meeting_of_the_two():
    found = events("Modi was received by Lula at the Alvorada Palace on Monday.")
    meetings = [m for m in found if m.event_type == "meeting"]
    assert len(meetings) == 1 and {LULA, MODI} <= set(meetings[0].participant_ids)
    assert meetings[0].status == "occurred" and meetings[0].date.first == dt.date(2024, 3, 11)


def test_a_guest_to_be_received_by_his_host_is_a_meeting_to_come():
    found = events("On Thursday Modi, the Indian prime minister, is to be received by Lula in Brasilia.")
    meetings = [m for m in found if m.event_type == "meeting"]
    assert len(meetings) == 1 and {LULA, MODI} <= set(meetings[0].participant_ids)
    assert meetings[0].status == "planned" and meetings[0].date.first == dt.date(2024, 3, 14)


def test_a_thing_or_a_gathering_received_or_hosted_by_someone_is_no_meeting():
    for body in ("A letter from Modi was received by Lula on Monday.",
                 "The proposal of Modi was welcomed by Lula on Monday.",
                 "The summit was hosted by Lula on Monday, Modi said."):
        assert not any(m.event_type == "meeting" for m in events(body)), body


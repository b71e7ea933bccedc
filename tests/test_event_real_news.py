"""What real presidency pages did to an article's main event (issue 23): a leader named after a
title of his country ("Prime Minister of Israel <name>") whom the knowledge base lacks, a summit
named by its two sides, a visit whose host is named only in the talks of the lead, and another
body's meeting recalled in a speech. Fixtures written for these tests (names invented where the
knowledge base must not know them), each beside a look-alike that must not trigger."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities

PUTIN, MODI = "Q7747", "Q1058"
DAY = dt.date(2022, 3, 2)


def main_event(title, body, published=DAY):
    (main,) = [e for e in extract_article("t1", title, None, body, published).events if e.main]
    return main


def test_a_name_after_a_title_of_a_named_country_is_a_person_who_takes_part():
    body = "Vladimir Putin had a telephone conversation with Prime Minister of Israel Quillon Varga."
    main = main_event("Telephone conversation with Prime Minister of Israel Quillon Varga", body)
    assert main.participants == {PUTIN, "quillon-varga"}


def test_a_name_after_a_title_of_a_long_state_name_or_a_body_is_a_person():
    text = ("Taking part were Prime Minister of the Socialist Republic of Vietnam Tranh Vo Quell and Secretary "
            "General of the Association of Southeast Asian Nations (ASEAN) Lim Quo Dai.")
    people = {m.surface for m in link_entities(text, True, "en") if m.entity_type == "PERSON"}
    assert {"Tranh Vo Quell", "Lim Quo Dai"} <= people


def test_a_name_after_a_country_with_no_title_before_it_is_no_person():
    mentions = link_entities("Exports through the port of Israel Quillon Varga grew.", True, "en")
    assert [m.entity_type for m in mentions if m.surface == "Quillon Varga"] != ["PERSON"]


def test_a_summit_named_by_its_two_sides_is_not_held_in_one_of_them():
    main = main_event("Russia-ASEAN Summit", "Vladimir Putin took part in the Russia-ASEAN summit via videoconference.")
    assert main.location_id is None


def test_a_summit_in_a_city_is_held_there():
    main = main_event("Summit of the region", "Vladimir Putin took part in the summit in Kazan.")
    assert main.location_id == "kazan"


def test_the_host_named_in_the_talks_of_the_lead_takes_part_in_the_visit():
    body = ("It is expected that during the talks with Prime Minister of India Narendra Modi, the discussion will "
            "focus on trade and energy.")
    main = main_event("On December 6, Vladimir Putin will visit India", body, dt.date(2021, 11, 26))
    assert main.participants == {PUTIN, MODI}


def test_someone_who_met_others_elsewhere_does_not_join_the_visit():
    body = "Narendra Modi held talks with the President of France in Paris on November 3."
    main = main_event("On December 6, Vladimir Putin will visit India", body, dt.date(2021, 11, 26))
    assert main.participants == {PUTIN}


def test_another_bodys_meeting_recalled_yesterday_does_not_redate_the_meeting():
    body = ("The President held a meeting with members of the Government.\n\nVladimir Putin: Colleagues, good "
            "afternoon. Yesterday we discussed the epidemic at a Security Council meeting.")
    main = main_event("Meeting with Government members", body, dt.date(2021, 11, 10))
    assert main.date.first == dt.date(2021, 11, 10)


def test_the_meeting_itself_dated_yesterday_keeps_its_stated_day():
    body = ("The President held a meeting with members of the Government.\n\nThe meeting took place "
            "yesterday in the Kremlin.")
    main = main_event("Meeting with Government members", body, dt.date(2021, 11, 10))
    assert main.date.first == dt.date(2021, 11, 9)

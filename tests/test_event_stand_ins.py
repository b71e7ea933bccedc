"""Who attends a summit a leader skips (extract/stand_ins.py, knowledge ``sent_in_place``; English
``message_senders``): the minister he sends in his place does ("skipped the summit and sent Foreign
Minister Y"), the leader whose speech another reads out does not ("Y read out X's speech"), and a
parliament's sitting that keeps him home places nothing (``topic_before``). Fixtures written for these
tests, with another summit, city and leaders than any page read; each beside a look-alike."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN, XI, MODI, JAISHANKAR = "Q7747", "Q15031", "Q1058", "subrahmanyam-jaishankar"
MONDAY = dt.date(2025, 9, 1)
LEAD = ("Russian President Vladimir Putin and Chinese President Xi Jinping on Monday attended the summit of the "
        "Shanghai Cooperation Organisation in Tianjin.\n\n")


def summit_of(body, title="Leaders gather for SCO summit"):
    found = extract_article("t1", title, None, body, MONDAY, "en").events
    (summit,) = [e for e in found if "summit" in e.types()]
    return summit


def test_the_minister_sent_in_an_absent_leaders_place_attends_the_summit():
    summit = summit_of(LEAD + "Prime Minister Narendra Modi skipped the summit because of the parliament session in "
                              "New Delhi and sent External Affairs Minister S Jaishankar.")
    assert {PUTIN, XI, JAISHANKAR} <= set(summit.participants)
    assert MODI not in summit.participants
    assert summit.location_id == "tianjin"  # (Tianjin: not the city of the parliament that kept him home)


def test_one_sent_greetings_is_no_stand_in():
    summit = summit_of(LEAD + "Prime Minister Narendra Modi skipped the summit and sent his greetings to "
                              "Subrahmanyam Jaishankar.")
    assert JAISHANKAR not in summit.participants


def test_one_sent_to_a_summit_nobody_skipped_is_not_added_by_the_sending():
    summit = summit_of(LEAD + "Narendra Modi sent the summit a message of support and sent External Affairs "
                              "Minister S Jaishankar to Moscow.")
    assert JAISHANKAR not in summit.participants


def test_the_leader_whose_speech_another_reads_out_is_not_at_the_summit():
    summit = summit_of(LEAD, title="SCO summit: Jaishankar reads out Modi's speech in Tianjin")
    assert MODI not in summit.participants
    assert JAISHANKAR in summit.participants


def test_the_one_who_reads_out_a_text_of_his_own_names_its_speaker():
    summit = summit_of(LEAD, title="SCO summit: Modi reads out his speech in Tianjin")
    assert MODI in summit.participants

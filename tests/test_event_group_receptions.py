"""A leader who receives a group of ministers together, no one named after the verb ("received all
the visiting foreign ministers together"), holds a meeting of his own: reported, the group's
"visiting" no visit of his, and a habit told in an apposition that names the act a courtesy ("...,
a courtesy usually reserved for ...") the courtesy's, not the meeting's (knowledge/events_en.yaml:
the meeting triggers, the visit trigger, `series_member`). Fixtures written for these tests, each
beside a look-alike."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN = "Q7747"
TUESDAY = dt.date(2024, 10, 8)


def events(body):
    return extract_article("t1", None, None, body, TUESDAY, "en").events


def test_a_group_of_ministers_received_together_is_the_hosts_meeting():
    found = events("MOSCOW, Oct 8 - Vladimir Putin on Tuesday received all the visiting BRICS foreign ministers "
                   "together in the Kremlin, a courtesy usually reserved for heads of state.")
    meetings = [e for e in found if e.mentions[0].event_type == "meeting"]
    assert meetings and PUTIN in meetings[0].participants
    assert not any(e.mentions[0].event_type == "visit" for e in found)


def test_a_habit_told_of_the_act_itself_is_still_no_report():
    found = events("MOSCOW, Oct 8 - Vladimir Putin usually receives all the visiting BRICS foreign ministers together.")
    assert not any(e.mentions[0].event_type == "meeting" and e.date is not None for e in found)


def test_a_visiting_leader_is_still_a_visit():
    found = events("MOSCOW, Oct 8 - Vladimir Putin met the visiting Chinese President Xi Jinping on Tuesday.")
    assert any(e.mentions[0].event_type == "visit" and "Q15031" in e.participants for e in found)

"""A wire's lead telling that one leader told another, named with his office, something "on
<weekday> that ..." reports their meeting, both of them in it: the teller is the event's subject,
no mere source (knowledge/events_en.yaml, the meeting triggers; event_roles.py). Not when the
sentence names the call or the letter it was told in, nor when he told reporters. Fixtures written
for these tests, each beside a look-alike."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN, MODI = "Q7747", "Q1058"
THURSDAY = dt.date(2024, 7, 4)


def events(body):
    return extract_article("t1", None, None, body, THURSDAY, "en").events


def test_a_leader_told_another_on_a_weekday_is_their_meeting():
    found = events("MOSCOW, July 4 - Russian President Vladimir Putin told Indian Prime Minister Narendra Modi "
                   "on Thursday that the two countries should trade more in their own currencies.")
    meeting = next(e for e in found if e.main)
    assert meeting.mentions[0].event_type == "meeting" and {PUTIN, MODI} <= meeting.participants
    assert meeting.date is not None and meeting.date.first == THURSDAY


def test_told_in_a_phone_call_is_the_call_not_a_meeting():
    found = events("MOSCOW, July 4 - Russian President Vladimir Putin told Indian Prime Minister Narendra Modi "
                   "on Thursday that the two countries should trade more, in a phone call.")
    assert not any(e.mentions[0].event_type == "meeting" for e in found)


def test_told_in_a_letter_is_no_meeting():
    found = events("MOSCOW, July 4 - Russian President Vladimir Putin told Indian Prime Minister Narendra Modi "
                   "on Thursday that the two countries should trade more, in a letter published by the Kremlin.")
    assert not any(e.mentions[0].event_type == "meeting" for e in found)


def test_told_reporters_is_no_meeting():
    found = events("MOSCOW, July 4 - Russian President Vladimir Putin told reporters on Thursday that "
                   "Narendra Modi would come in the autumn.")
    assert not any(e.mentions[0].event_type == "meeting" and e.date is not None and e.date.first == THURSDAY
                   for e in found)

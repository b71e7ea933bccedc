"""A leader's message that looks forward to a meeting (kremlin set: a digest of season's greetings,
each message to one leader, one of them "I look forward to our meeting at ..."): the meeting is
planned, of the writer and the one written to, and it is not the meeting another message of the
digest told as held weeks before. Beside each, its look-alike. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2023, 12, 28)
TITLE = "Holiday greetings to foreign leaders"
OPENING = "Vladimir Putin sent greetings to heads of foreign states.\n\n"
EARLIER = ("In his message to Alexander Lukashenko, the President of Russia noted that the documents adopted "
           "after the Eurasian Economic Council meeting held in October would bring the two economies closer. ")


def reports(body):
    return [m for e in extract_article("t", TITLE, None, body, DAY).events for m in e.mentions]


def meetings_of(body, *people):
    return [m for m in reports(body) if m.event_type == "meeting" and set(people) <= set(m.participant_ids)]


def test_our_meeting_looked_forward_to_in_a_message_is_a_planned_meeting_of_writer_and_addressee():
    body = OPENING + ("In his message to Prime Minister of India Narendra Modi, Vladimir Putin praised the growth "
                      "of trade. \"I look forward to our meeting at the summit next autumn,\" the message says.")
    (meeting,) = meetings_of(body, "Q1058", "Q7747")  # Modi and Putin
    assert meeting.status == "planned"


def test_our_meeting_said_by_a_host_of_the_meeting_he_opens_names_no_pair_from_before():
    """The look-alike: "welcome to our meeting" is the gathering of the day, not a plan of the two
    the text named last."""
    body = OPENING + ("Vladimir Putin spoke with Narendra Modi last week. Vladimir Putin: Colleagues, I welcome "
                      "you all to our meeting today.")
    assert not [m for m in meetings_of(body, "Q1058", "Q7747") if m.status == "planned"]


def test_the_planned_meeting_stays_apart_from_a_meeting_another_message_told_as_held_before():
    body = OPENING + EARLIER + ("In his message to Prime Minister of India Narendra Modi, Vladimir Putin praised "
                                "the growth of trade. \"I look forward to our meeting,\" the message says.")
    (meeting,) = meetings_of(body, "Q1058", "Q7747")
    assert meeting.status == "planned" and meeting.date is None
    events = extract_article("t", TITLE, None, body, DAY).events
    planned = next(e for e in events if any(m is meeting or m == meeting for m in e.mentions))
    assert all(m.status == "planned" for m in planned.mentions)  # not joined to October's held meeting


def test_a_plan_referring_back_to_talks_held_by_the_same_two_stays_with_them():
    """The look-alike: "their talks would bear fruit", told of talks held two days before by the
    two it refers to, is those talks (no second event made of it)."""
    body = ("Vladimir Putin held talks with Narendra Modi in New Delhi on December 26. The leaders said their "
            "talks would bear fruit for years.")
    (talks,) = [e for e in extract_article("t", TITLE, None, body, DAY).events if "meeting" in e.types()]
    assert {m.status for m in talks.mentions} == {"occurred", "planned"}


def test_looked_forward_to_meeting_in_reported_speech_is_a_plan_and_met_is_held():
    planned = reports("Narendra Modi said he looked forward to meeting Recep Tayyip Erdogan in Ankara.")
    assert [m.status for m in planned if m.event_type == "meeting"] == ["planned"]
    held = reports("Narendra Modi said he met Recep Tayyip Erdogan in Ankara in 2019.")
    assert [m.status for m in held if m.event_type == "meeting"] == ["occurred"]

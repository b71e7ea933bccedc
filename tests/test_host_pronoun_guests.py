"""A meeting told by its host's verb and a pronoun for the guest named before it in the sentence
("Modi flies to Tokyo tonight; Abe will receive him tomorrow"): host and guest meet
(extract/host_meetings.py, knowledge/events_en.yaml guest_pronouns). Beside it, the host's verb
with a thing after it ("will receive the report") tells no meeting. Written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MODI, ABE = "Q1058", "Q132345"
MONDAY = dt.date(2019, 6, 10)


def meetings(body: str) -> list:
    events = extract_article("h1", None, None, body, MONDAY, "en").events
    return [(e.participants, e.date and e.date.first) for e in events if e.family == "gathering"]


def test_the_guest_a_pronoun_stands_for_meets_the_host():
    body = "Narendra Modi flies to Tokyo this evening; officials say Shinzo Abe will receive him tomorrow."
    assert meetings(body) == [({MODI, ABE}, dt.date(2019, 6, 11))]


def test_a_guest_named_in_a_relative_clause_of_the_city():
    body = "Narendra Modi is travelling to Tokyo, where Shinzo Abe will receive him at his residence later today."
    assert [people for people, _ in meetings(body)] == [{MODI, ABE}]


def test_a_thing_received_is_no_meeting():
    body = "Narendra Modi flies to Tokyo this evening; officials say Shinzo Abe will receive the report tomorrow."
    assert meetings(body) == []

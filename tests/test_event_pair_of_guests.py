"""A host's verb with two guests joined by "and" ("received A and B", "a reçu mardi matin, au palais
X, A et B") is one reception of the pair: the host meets both, as he meets one guest. A list of three
or more ("received A, B and C") stays a gathering's list, no meeting of its own (host_meetings.py).
The time of day written after the day ("mardi matin") is part of the day's phrase, no other word
between the verb and its guests (calendar.yaml, day_time_words)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2018, 7, 17)
ABE, MODI = "Q132345", "Q1058"
PAIR = {ABE, "jean-claude-juncker", "ursula-von-der-leyen"}


def _meetings(body, language="en"):
    events = extract_article("a", "The Tokyo Courier", None, body, DAY, language).events
    return [e for e in events if e.types() == {"meeting"}]


def test_two_guests_received_together_meet_their_host():
    (meeting,) = _meetings("Shinzo Abe received Jean-Claude Juncker and Ursula von der Leyen at his "
                           "residence in Tokyo on Tuesday morning.")
    assert meeting.participants == PAIR and meeting.date.first == DAY


def test_three_guests_received_are_a_list_and_no_meeting():
    assert _meetings("Shinzo Abe received Jean-Claude Juncker, Ursula von der Leyen and Narendra Modi at "
                     "his residence in Tokyo on Tuesday morning.") == []


def test_a_pair_received_past_the_day_its_time_and_the_place_in_french():
    (meeting,) = _meetings("Shinzo Abe a reçu mardi matin, à Tokyo, Jean-Claude Juncker et Ursula von der Leyen.", "fr")
    assert meeting.participants == PAIR
    assert _meetings("Shinzo Abe a reçu mardi matin, à Tokyo, Jean-Claude Juncker, Ursula von der Leyen et "
                     "Narendra Modi.", "fr") == []


def test_two_guests_welcomed_to_a_city_are_a_gatherings_guests():
    # (a reception's verb takes a pair: "welcomed A and B to Tokyo" greets the guests of a gathering)
    assert _meetings("Shinzo Abe welcomed Jean-Claude Juncker and Ursula von der Leyen to Tokyo on Tuesday.") == []

"""A meeting told on the main event's very day with one of its people, and no place of its
own, was held where the main event was (that person was there that day): place_line.py's
place_reports_of_the_day. Another day, other people, or a call: no place from it."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

THURSDAY = dt.date(2024, 5, 16)
MAIN = "Narendra Modi held talks with Vladimir Putin in Moscow on Thursday. "


def other_events(body: str):
    events = extract_article("s", "India-Russia talks", None, MAIN + body, THURSDAY).events
    return [e for e in events if not e.main]


def test_a_meeting_of_the_main_events_day_with_one_of_its_people_is_at_its_place():
    (other,) = other_events("Later on Thursday Modi met Mikhail Mishustin for an hour.")
    assert other.location_id == "Q649"


def test_another_day_other_people_or_a_call_take_no_place_from_the_main_event():
    for body in ("Modi will meet Mikhail Mishustin on Saturday.",  # (another day)
                 "On Thursday, Sergei Lavrov met Subrahmanyam Jaishankar for an hour.",  # (none of its people)
                 "On Thursday Modi also spoke with Mikhail Mishustin by phone."):  # (a call has no place)
        others = other_events(body)
        assert others and all(e.location_id is None for e in others), body

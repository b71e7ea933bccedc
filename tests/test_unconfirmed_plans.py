"""A plan its side will not confirm ("has not said whether X will hold talks with Y") is none
(events_en.yaml not_held); one it has said will be held is planned. Texts written for the test."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MONDAY = dt.date(2031, 9, 8)


def test_talks_a_side_has_not_said_it_will_hold_are_no_plan():
    body = ("Premier Li Qiang left Beijing today for the SCO summit in Tashkent on Thursday.\n\n"
            "Beijing has not said whether Li will hold separate talks with Vladimir Putin on the way.")
    events = extract_article("x", "Li heads to Tashkent", None, body, MONDAY, "en").events
    assert not [e for e in events if e.mentions[0].event_type == "meeting"]


def test_look_alike_talks_a_side_has_said_it_will_hold_are_planned():
    body = ("Premier Li Qiang left Beijing today for the SCO summit in Tashkent on Thursday.\n\n"
            "Beijing has said that Li will hold separate talks with Vladimir Putin on Friday.")
    events = extract_article("x", "Li heads to Tashkent", None, body, MONDAY, "en").events
    assert [e for e in events if e.mentions[0].event_type == "meeting"]

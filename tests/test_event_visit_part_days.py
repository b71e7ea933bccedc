"""The parts of a visit told after a later day of it keep that day, not the arrival's
(visit_part_days.py): "lands on Monday for a state visit. On Tuesday morning the president
greets him at the palace. He then holds talks with the prime minister": the talks are Tuesday's.
Beside the look-alikes that keep the story's day: a one-day visit whose talks fall on the arrival's
day, a sentence that names the arrival's day again, a day after the page for talks told held, and
a day too far from the arrival to be the visit's.

Fixtures are written for these tests in the shape of what real pages say."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MONDAY = dt.date(2031, 6, 2)
TUESDAY = MONDAY + dt.timedelta(days=1)
MODI, ANWAR = "narendra-modi", "anwar-ibrahim"


def talks_days(body, published, title=None):
    events = extract_article("a", title, None, body, published).events
    return [(e.date.first if e.date else None) for e in events if e.family == "gathering"]


def test_talks_told_after_the_second_days_sentence_are_of_that_day():
    assert MONDAY.weekday() == 0
    body = ("Indian Prime Minister Narendra Modi landed in Kuala Lumpur on Monday evening for a state visit, "
            "the first in a decade.\n\n"
            "On Tuesday morning the King greeted him at the national palace. Modi then went to Putrajaya "
            "for talks with Prime Minister Anwar Ibrahim.")
    assert talks_days(body, TUESDAY + dt.timedelta(days=1)) == [TUESDAY]


def test_captions_of_the_second_day_date_the_talks_and_the_signing_after_them():
    body = ("Narendra Modi walks down the steps of his plane after landing in Kuala Lumpur on Monday evening "
            "for a state visit.\n\n"
            "The King and Modi inspect a guard of honour at the national palace on Tuesday morning.\n\n"
            "Anwar Ibrahim greets his guest at his office before their talks.\n\n"
            "Anwar Ibrahim and Modi look on as ministers sign agreements after the meeting.")
    events = extract_article("a", "Modi in Malaysia - in pictures", None, body, TUESDAY + dt.timedelta(days=1)).events
    parts = [e for e in events if e.family in ("gathering", "agreement")]
    assert parts and all(e.date.first == TUESDAY for e in parts)


def test_a_one_day_visit_keeps_its_talks_on_the_arrival_day():
    body = ("Indian Prime Minister Narendra Modi arrived in Kuala Lumpur on Monday for a state visit.\n\n"
            "He held talks with Prime Minister Anwar Ibrahim at his office.")
    assert talks_days(body, MONDAY) == [MONDAY]


def test_a_sentence_naming_the_arrival_day_again_leaves_the_talks_on_it():
    body = ("Indian Prime Minister Narendra Modi arrived in Kuala Lumpur on Monday for a state visit.\n\n"
            "He is to visit a temple on Tuesday. On Monday afternoon crowds lined the road to the palace. "
            "He then held talks with Prime Minister Anwar Ibrahim at his office.")
    assert talks_days(body, MONDAY) == [MONDAY]


def test_talks_told_held_are_not_dated_after_the_page():
    body = ("Indian Prime Minister Narendra Modi arrived in Kuala Lumpur on Monday for a state visit.\n\n"
            "He is to lay a wreath at the national monument on Tuesday. "
            "He has held talks with Prime Minister Anwar Ibrahim at his office.")
    assert talks_days(body, MONDAY) == [MONDAY]


def test_a_previews_plan_keeps_the_storys_day():
    # (a plan has no day of its own to take from the programme told before it: it stays with the visit)
    body = ("Indian Prime Minister Narendra Modi arrived in Kuala Lumpur on Monday for a state visit.\n\n"
            "The formal programme begins on Tuesday morning with a welcoming ceremony at the national palace. "
            "Officials said Modi and Prime Minister Anwar Ibrahim were expected to sign a trade agreement.")
    (signing,) = [e for e in extract_article("a", None, None, body, MONDAY).events if e.family == "agreement"]
    assert signing.date is None or signing.date.first != TUESDAY

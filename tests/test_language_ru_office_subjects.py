"""A bare office as the subject of a verb in Russian, which has no articles to mark it ("По
окончании форума Президент провёл встречу"): the article's holder of that office, as "the
President" is in English. Not an office in another case ("помощник Президента провёл"), nor one
its own holder's name or country follows. Every text is written for the test."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN = CATALOG.named("Vladimir Putin").entity_id
PUBLISHED = dt.date(2025, 3, 20)
LEAD = "Владимир Путин выступил на съезде аграриев в Казани. "


def meetings(sentence: str):
    extraction = extract_article("office-subjects", "Съезд аграриев", None, LEAD + sentence, PUBLISHED, "ru")
    return [m for m in extraction.event_mentions if m.event_type == "meeting" and m.sentence == sentence]


def test_the_president_as_the_subject_takes_part():
    [meeting] = meetings("Затем Президент провёл короткую встречу с фермерами.")
    assert PUTIN in meeting.participant_ids


def test_the_presidents_aide_is_no_president():
    [meeting] = meetings("Помощник Президента провёл встречу с фермерами.")
    assert PUTIN not in meeting.participant_ids

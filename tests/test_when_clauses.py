"""A clause a relative word of time opens right after a day ("on Tuesday morning, when X is to be
received by Y") takes that day for its event (extract/when_clauses.py). Fixtures written for these
tests, each beside a look-alike that must not trigger."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LULA, MODI, PUTIN = (CATALOG.named(name).entity_id
                     for name in ("Luiz Inácio Lula da Silva", "Narendra Modi", "Vladimir Putin"))
POSTED = dt.date(2024, 3, 9)  # (a Saturday: "Tuesday" is the 12th to come)


def _meetings(body: str, language: str = "en"):
    found = extract_article("w", "Modi heads for Brasilia", None, body, POSTED, language).event_mentions
    return [m for m in found if m.event_type == "meeting" and {LULA, MODI} <= set(m.participant_ids)]


def test_the_day_before_a_when_clause_is_its_meetings_day():
    (meeting,) = _meetings("The high point of the trip comes on Tuesday morning, when Modi is to be received "
                           "by Lula at the Alvorada Palace.")
    assert meeting.date.first == dt.date(2024, 3, 12) and meeting.status == "planned"


def test_the_day_before_a_when_clause_is_its_meetings_day_in_russian():
    found = extract_article("w", "Моди", None, "Кульминацией поездки станет вторник, когда Моди проведёт "
                            "переговоры с Путиным.", POSTED, "ru").event_mentions
    (meeting,) = [m for m in found if m.event_type == "meeting"]
    assert {MODI, PUTIN} <= set(meeting.participant_ids) and meeting.date.first == dt.date(2024, 3, 12)


def test_look_alike_a_when_clause_that_tells_of_a_meeting_to_come_gives_it_the_tellings_day():
    (meeting,) = _meetings("Modi was in Delhi on Tuesday, when he said he would soon meet Lula.")
    assert meeting.date is None or meeting.date.first != dt.date(2024, 3, 12)


def test_look_alike_a_day_with_other_words_before_the_when_clause_dates_nothing_in_it():
    (meeting,) = _meetings("Parliament sits on Tuesday for a long debate on the budget, when Modi meets Lula.")
    assert meeting.date is None

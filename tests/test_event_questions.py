"""A question asks about an event, it reports none: "Q: Will Lula travel to Ankara for the summit
this year?" The statement beside it still reports its event. Texts written for the test."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2024, 3, 4)


def reported(body: str) -> list[str]:
    return [m.event_type for m in extract_article("t", None, None, body, PUBLISHED, "en").event_mentions]


def test_an_event_asked_about_is_no_report():
    assert reported("Q: Will Lula travel to Ankara for the summit this year?") == []


def test_a_quoted_question_is_no_report_either():
    assert reported('A reporter then asked: "Will Lula and Erdogan meet in Ankara next month?"') == []


def test_the_statement_before_a_question_reports_its_event():
    assert reported("Lula will visit Ankara in May. Will Erdogan come to Brasilia later?") == ["visit"]

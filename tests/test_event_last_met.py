"""The latest of a series of meetings told as background ("the two last met in Minsk in May")
is a mention in passing, no report (events_en.yaml `passing`); the same words with no "last",
or "at last" (finally), report the meeting. Texts written for the test."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2024, 6, 5)
OPENING = "Vladimir Putin greeted Alexander Lukashenko at the Kremlin gates on Monday. "


def meetings(body: str) -> list:
    article = extract_article("last-met", None, None, body, PUBLISHED, "en")
    return [m for m in article.event_mentions if m.event_type == "meeting"]


def test_the_two_last_met_is_background():
    assert meetings(OPENING + "The two leaders last met in Minsk in May, when they opened a new bridge.") == []


def test_a_relative_clause_of_the_last_visit_is_background():
    body = OPENING + "Lukashenko, who last visited Moscow in March, brought a delegation of governors."
    assert all(m.date is None or m.date.first.month != 3 for m in meetings(body))
    article = extract_article("last-met", None, None, body, PUBLISHED, "en")
    assert not [m for m in article.event_mentions if m.event_type == "visit" and m.date and m.date.first.month == 3]


def test_a_meeting_with_no_last_is_reported():
    assert meetings(OPENING + "The two leaders met in Minsk in May, when they opened a new bridge.")


def test_at_last_met_is_a_report():
    assert meetings("After months of haggling, Vladimir Putin and Alexander Lukashenko at last met in Minsk on Monday.")

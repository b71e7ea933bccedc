"""A day in what a document or a speaker asks for or announces, past the event word ("issued a
statement calling for a truce from midnight on Sunday"), is the day of what is asked for, not of the
event: the report keeps the day its story gives (sentence_reports.py; the cues are each language's
`reported_content`, which keeps such a place out too). Fixtures written for these tests, beside
look-alikes whose day is the event's own."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

THURSDAY = dt.date(2023, 3, 16)
WEDNESDAY, SUNDAY, FRIDAY = dt.date(2023, 3, 15), dt.date(2023, 3, 12), dt.date(2023, 3, 17)


def days(body: str) -> dict[str, dt.date | None]:
    events = extract_article("x", "Leaders urge a truce", None, body, THURSDAY, "en").events
    return {kind: e.date.first if e.date else None for e in events for kind in e.types()}


def test_the_day_a_statement_calls_for_is_not_the_day_it_was_issued():
    found = days("Recep Tayyip Erdogan and Vladimir Putin held talks in Sochi on Wednesday. After their talks, the "
                 "two leaders issued a joint statement calling for a truce in Idlib from midnight on Sunday.")
    assert found["agreement"] == WEDNESDAY and found["meeting"] == WEDNESDAY


def test_look_alike_an_event_announced_with_its_day_keeps_that_day():
    found = days("Recep Tayyip Erdogan and Vladimir Putin held talks in Sochi on Wednesday. The two leaders "
                 "announced that a summit with Iran would be held in Tehran on Friday.")
    assert found["summit"] == FRIDAY and found["meeting"] == WEDNESDAY


def test_look_alike_a_statement_dated_before_what_it_calls_for_keeps_its_day():
    found = days("Recep Tayyip Erdogan and Vladimir Putin signed a declaration on Sunday calling for a truce in "
                 "Idlib.")
    assert found["agreement"] == SUNDAY

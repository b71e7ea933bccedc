"""Event words that report no event (knowledge/events_en.yaml, not_events): the meetings of two counted
as a series ("observers count the meetings between X and Y", "who count some forty meetings") and the
level under the leaders' own meetings ("Below the summit: how ... use their second tier"). Beside each,
the look-alike that must still report: a meeting watched on its day, a summit told beside its word.

Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PAGE = dt.date(2031, 6, 12)


def _events(title: str, body: str):
    return extract_article("series", title, None, body, PAGE, "en").events


def test_meetings_counted_as_a_series_report_none():
    body = ("When analysts count the meetings between Kassym-Jomart Tokayev and Shavkat Mirziyoyev, they miss "
            "the work of their ministers.")
    assert _events("A quiet channel", body) == []


def test_look_alike_a_meeting_watched_on_its_day_is_reported():
    body = "Analysts watched the meeting between Kassym-Jomart Tokayev and Shavkat Mirziyoyev in Astana on Monday."
    assert any("meeting" in e.types() for e in _events("A quiet channel", body))


def test_below_the_summit_is_no_summit():
    body = "Ministers of the two countries meet far more often than their presidents do."
    assert not any("summit" in e.types() for e in _events("Below the summit: how two neighbours talk", body))


def test_look_alike_a_summit_told_before_its_leaders_is_reported():
    body = "Kassym-Jomart Tokayev and Shavkat Mirziyoyev met at the summit in Astana on Monday."
    assert any("summit" in e.types() for e in _events("At the summit: two neighbours talk", body))

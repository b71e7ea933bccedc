"""A habit told over a series of gatherings ("follows the presidents from one summit to the next") reports
no gathering (knowledge/events_en.yaml, not_events); beside it a summit told on its day. Fixtures written
for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

FRIDAY = dt.date(2019, 4, 5)


def test_a_habit_from_one_summit_to_the_next_is_no_summit():
    events = extract_article("t1", None, None, "Most commentary tracks the two presidents from one summit to the next, "
                             "while ministers do the work.", FRIDAY, "en").events
    assert events == []
    events = extract_article("t1", None, None, "The two presidents attended the summit in Bishkek on Friday.",
                             FRIDAY, "en").events
    assert [e.date.first for e in events if e.mentions[0].event_type == "summit"] == [FRIDAY]

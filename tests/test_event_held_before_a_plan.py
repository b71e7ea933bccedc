"""Talks told held with no day of their own are not the meeting a page tells only as to come on a
later day (extract/event_compatibility.py): "Tomorrow A and B join them for a four-way meeting" over
"After their talks at the palace, the two leaders watched the signing" are two meetings, and the
held talks take the page's day, not the plan's (extract/gathering_day_talks.py). The look-alike: the
same talks under a plan for the page's own day keep that day. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MONDAY, TUESDAY = dt.date(2030, 3, 25), dt.date(2030, 3, 26)
TITLE = "Narendra Modi in Berlin - live"
DEK = "Indian prime minister on state visit to Germany; Rutte and von der Leyen to join talks on {day}"


def _live_page(when: str) -> str:
    return (f"That is all for today. Olaf Scholz and Narendra Modi are now at a state banquet in the Chancellery. "
            f"{when} Mark Rutte and Ursula von der Leyen join them at the Chancellery for a four-way meeting.\n\n"
            "15.05 h\n\n"
            "After their talks at the Chancellery, the two leaders have watched ministers sign a dozen contracts. "
            "Scholz calls it a good day for both economies.\n\n"
            "10.30 h\n\n"
            "Good morning. Modi came up from Munich overnight. His state visit, which began on Sunday "
            "in Bavaria, runs until Tuesday.")


def _meeting_days(body: str, day: str):
    events = extract_article("live", TITLE, DEK.format(day=day), body, MONDAY, "en").events
    return sorted((e.date.first, {m.status for m in e.mentions} == {"planned"})
                  for e in events if e.types() == {"meeting"} and e.date is not None)


def test_talks_held_under_a_plan_for_tomorrow_are_the_pages_day_and_another_meeting():
    assert _meeting_days(_live_page("Tomorrow"), "Tuesday") == [(MONDAY, False), (TUESDAY, True)]


def test_talks_held_under_a_plan_of_the_pages_own_day_keep_that_day():
    assert all(day == MONDAY for day, _ in _meeting_days(_live_page("Tonight"), "Monday"))

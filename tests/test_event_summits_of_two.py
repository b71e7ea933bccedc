"""A title's "summit" of two leaders, over a story that tells their talks, is their meeting
(issue 23's failure class 7; extract/summits_of_two.py): the events row's type is the
story's, `meeting`, as two leaders alone meet. Beside it the look-alikes that stay summits:
a body's summit the two attend, and a summit told as the setting of their talks.

Every fixture is written for these tests, with leaders and wording of their own."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

LULA, RAMAPHOSA = "luiz-inacio-lula-da-silva", "Q1148669"
DAY = dt.date(2023, 8, 25)


def main_event(title, body):
    events = extract_article("a", title, None, body, DAY, "en").events
    (main,) = [e for e in events if e.main]
    return main, events


def test_a_title_summit_of_two_told_as_their_talks_is_their_meeting():
    main, _ = main_event("Lula and Ramaphosa end summit without a trade deal",
                         "Brazilian President Lula da Silva and South African President Cyril Ramaphosa ended their "
                         "talks on Friday without agreeing on tariffs, after four hours of meetings.")
    assert main.types() == {"meeting"}
    assert {LULA, RAMAPHOSA} <= main.participants


def test_a_bodys_summit_the_two_attend_stays_a_summit():
    """The look-alike: the title names the body's summit; the two meet at it."""
    _, events = main_event("Lula and Ramaphosa attend BRICS summit",
                           "Brazilian President Lula da Silva and South African President Cyril Ramaphosa met on "
                           "Friday before the BRICS summit opened.")
    assert any(e.types() == {"summit"} for e in events)


def test_a_summit_told_as_the_setting_of_their_talks_stays_a_summit():
    """The look-alike: no body named, but the story tells the summit as where the two met."""
    _, events = main_event("Lula and Ramaphosa at summit",
                           "Brazilian President Lula da Silva and South African President Cyril Ramaphosa held talks "
                           "on Friday on the sidelines of a summit of forty leaders.")
    assert any(e.types() == {"summit"} for e in events)

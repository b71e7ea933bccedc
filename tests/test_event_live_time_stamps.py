"""A live page (its title says so: "LIVE") whose entries are stamped by their time alone ("16:05 CET"
on a line of its own) tells its entries' held talks, signings and ceremonies on the page's day, down to a heading of a word or two ("EARLIER",
"YESTERDAY") after which the page gives no day: live_entries.timed_entry_days, read by
live_entry_reports.py. One time in a story's text makes no live page. Fixtures written for these
tests (other leaders, other places), each beside a look-alike that must not trigger."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.live_entries import timed_entry_days

PAGE_DAY = dt.date(2019, 3, 23)
MACRON, XI = "Q3052772", "Q15031"


def _meetings(body: str) -> list:
    events = extract_article("t1", "Xi in France LIVE: a day in Paris", None, body, PAGE_DAY, "en").events
    return [e for e in events if e.family in ("gathering", "meeting") or e.mentions[0].event_type == "meeting"]


STAMPED = "\n\n".join([
    "The two presidents speak to the press at the Elysee Palace.",
    "16:05 CET",
    "Talks between Emmanuel Macron and Xi Jinping under way at the Elysee Palace, after a tete-a-tete.",
    "11:30 CET",
    "Xi lays a wreath at the Arc de Triomphe.",
])


def test_talks_told_in_an_entry_stamped_by_its_time_are_of_the_page_day():
    found = [e for e in _meetings(STAMPED) if {MACRON, XI} <= e.participants]
    assert found and found[0].date is not None and found[0].date.first == PAGE_DAY


def test_talks_told_once_with_one_time_in_a_story_keep_no_day():
    story = ("The two presidents speak to the press at the Elysee Palace.\n\n"
             "Talks between Emmanuel Macron and Xi Jinping under way at the Elysee Palace since 16:05, officials said.")
    assert not [e for e in _meetings(story) if {MACRON, XI} <= e.participants and e.date is not None]


def test_entries_below_a_word_heading_take_no_day_of_the_page():
    paragraphs = ["Lead.", "16:05 CET", "Entry one.", "11:30 CET", "Entry two.", "YESTERDAY", "21:10 CET", "Entry three."]
    days = timed_entry_days(paragraphs, PAGE_DAY)
    assert days[:5] == [PAGE_DAY] * 5
    assert days[5:] == [None, None, None]


def test_a_page_with_one_time_stamp_is_no_live_page():
    assert timed_entry_days(["Lead.", "16:05 CET", "Entry one."], PAGE_DAY) is None


def test_a_programme_of_bare_times_under_a_title_of_no_live_page_keeps_no_day():
    """The look-alike: a programme's times ("16:05 ... 11:30 ...") under a plain title are no live entries."""
    events = extract_article("t1", "Xi in France: the programme", None, STAMPED, PAGE_DAY, "en").events
    talks = [e for e in events if {MACRON, XI} <= e.participants and e.mentions[0].event_type == "meeting"]
    assert all(e.date is None or e.mentions[0].part != "body" for e in talks)

"""An almanac page ("On this day: July 16") lists what happened on that day in years past, each
entry a paragraph opening with its year: an entry's words count from that day of its own year, and
the first entry that tells an event held is the page's story (text/page_almanac.py). Fixtures
written for these tests, each beside a look-alike that must not trigger."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.text.page_almanac import almanac_day, almanac_entry_day

POSTED = dt.date(2019, 7, 16)
PUTIN = "Q7747"

ENTRIES = "\n\n".join([
    "1918 - A heatwave closes the schools of a northern town for a week.",
    "2001 - Russian President Vladimir Putin holds talks with Chinese President Jiang Zemin in the "
    "Kremlin. Jiang had arrived in Moscow on Sunday for a four-day state visit.",
    "2011 - A new bridge opens over the river in the capital.",
])


@pytest.mark.parametrize(("title", "language", "day"), [
    ("On this day: July 16", "en", (7, 16)),
    ("ON THIS DAY: 16 July", "en", (7, 16)),
    ("Today in history, July 16", "en", (7, 16)),
    ("Этот день в истории: 16 июля", "ru", (7, 16)),
    ("Efemérides del 16 de julio", "es", (7, 16)),
])
def test_an_almanac_heading_names_its_day(title, language, day):
    assert almanac_day(title, language) == day


@pytest.mark.parametrize("title", [
    "On this day in 2001",  # (a year, no day of the year)
    "Today in history: July 16, 2001",  # (a dated story's title)
    "Putin and Jiang sign a treaty on this day of talks",
    "On this day: February 30",  # (no such day)
])
def test_a_title_that_is_no_almanac_heading_names_no_day(title):
    assert almanac_day(title, "en") is None


def test_an_entry_is_of_its_year_and_a_paragraph_without_a_year_of_none():
    assert almanac_entry_day("2001 - Putin holds talks.", (7, 16)) == dt.date(2001, 7, 16)
    assert almanac_entry_day("1812: A fire.", (7, 16)) == dt.date(1812, 7, 16)
    assert almanac_entry_day("Birthdays today: a singer (1950).", (7, 16)) is None
    assert almanac_entry_day("2001 Putin holds talks.", (7, 16)) is None  # (a year with no dash is a sentence's)


def _talks(title: str):
    events = extract_article("a1", title, None, ENTRIES, POSTED, "en").events
    return [e for e in events if PUTIN in e.participants and "jiang-zemin" in e.participants]


def test_an_almanac_entrys_talks_are_held_that_day_of_its_year_as_the_pages_story():
    talks = _talks("On this day: July 16")
    assert [(e.date.first, e.main) for e in talks if "meeting" in e.types()] == [(dt.date(2001, 7, 16), True)]
    # (the entry's "on Sunday" counts from its own day, Monday 16 July 2001, not from the page's)
    assert [e.date.first for e in talks if e.family == "visit"] == [dt.date(2001, 7, 15)]


def test_the_same_entries_under_another_title_are_no_story_of_that_day():
    assert not any(e.date is not None and e.date.first == dt.date(2001, 7, 16) for e in _talks("Notes from the archive"))

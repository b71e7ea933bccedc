"""A live page's entries count "tomorrow" and "earlier today" from their own stamp's day, not
from the page's date (live_entries.py). Fixtures written for these tests, each beside a
look-alike that must not trigger."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.live_entries import entry_days

PAGE_DAY = dt.date(2024, 5, 9)  # (the page is dated the parade's day)

LIVE_PAGE = "\n\n".join([
    "9 May 2024 13.40 BST",
    "The parade is over",
    "Troops have left Red Square after the parade, watched by Putin and his guests.",
    "8 May 2024 21.05 BST",
    "Good evening",
    "Tomorrow Moscow holds its Victory Day parade on Red Square. Putin held talks with Tokayev "
    "earlier today.",
])


def _dated(body: str) -> dict[str, dt.date | None]:
    found = extract_article("t1", "Victory Day live", None, body, PAGE_DAY, "en").event_mentions
    return {m.event_type: m.date.first if m.date else None for m in found if m.sentence.startswith(("Tomorrow", "Putin"))}


def test_an_entry_stamped_the_evening_before_counts_tomorrow_from_its_stamp():
    dated = _dated(LIVE_PAGE)
    assert dated["parade"] == dt.date(2024, 5, 9)
    assert dated["meeting"] == dt.date(2024, 5, 8)


def test_a_page_with_one_dated_line_counts_from_the_pages_date():
    one_stamp = LIVE_PAGE.split("\n\n", 3)[3]  # (from the evening's stamp on: a single dated line)
    dated = _dated(one_stamp)
    assert dated["parade"] == dt.date(2024, 5, 10)


def test_paragraphs_above_the_first_stamp_keep_the_pages_date():
    paragraphs = ["Follow the day with us.", "9 May 2024 13.40 BST", "Entry.", "8 May 2024 21.05 BST", "Entry."]
    assert entry_days(paragraphs, PAGE_DAY) == [PAGE_DAY, PAGE_DAY, PAGE_DAY, dt.date(2024, 5, 8), dt.date(2024, 5, 8)]


def test_a_stamp_without_a_time_or_far_from_the_page_is_no_entrys():
    paragraphs = ["8 May 2024", "Entry.", "1 March 2024 10.00 BST", "Entry.", "8 May 2024 21.05 BST", "Entry."]
    assert entry_days(paragraphs, PAGE_DAY) == [PAGE_DAY] * 6


def test_a_day_standing_alone_heads_the_entries_below_it_when_their_time_stamps_were_cut():
    # (a live page whose "18:05" stamps went with the page chrome keeps its day headings)
    paragraphs = ["Crowds gather", "Entry of the day.", "8 May 2024", "Good evening", "Entry of the evening before."]
    assert entry_days(paragraphs, PAGE_DAY) == [PAGE_DAY, PAGE_DAY, dt.date(2024, 5, 8), dt.date(2024, 5, 8),
                                                dt.date(2024, 5, 8)]


def test_a_date_inside_a_paragraph_or_as_its_first_line_heads_nothing():
    paragraphs = ["8 May 2024", "Entry.", "The talks of 8 May 2024 were long.", "Entry."]
    assert entry_days(paragraphs, PAGE_DAY) == [PAGE_DAY] * 4


def test_talks_told_as_todays_below_the_day_before_heading_are_that_days():
    body = "\n\n".join(["The plenary is over", "Putin and Tokayev spoke in the hall for two hours.", "8 May 2024",
                        "Dinner", "After their talks today, Putin and Tokayev had dinner."])
    found = extract_article("t2", "Forum live", None, body, PAGE_DAY, "en").event_mentions
    assert {m.date.first for m in found if m.sentence.startswith("After")} == {dt.date(2024, 5, 8)}

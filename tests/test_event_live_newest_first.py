"""A live page printed newest first (extract/live_entry_order.py, event_sentences.py): "the two leaders"
of an entry do not refer back to the people of the entry above it, a later scene, but stand for the
pair the title names. Look-alike: on a page printed in the order of the day, "the two leaders" of an
entry are the two the entry above it named.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.live_entry_order import newest_first_entries

TUESDAY = dt.date(2031, 5, 6)
MACRON, XI = "Q3052772", "Q15031"
DINNER = ("Prime Minister Gabriel Attal is hosting a dinner for the Chinese leader this evening. "
          "Macron is at the head table.")
SIGNED = "The two leaders have signed a declaration on trade after their talks."
TALKS = "President Emmanuel Macron has received President Xi Jinping at the Elysee Palace."


def _signing(title: str, body: str):
    events = extract_article("a", title, None, body, TUESDAY, "en").events
    return next(e for e in events if "agreement" in e.types())


def test_the_two_leaders_of_an_entry_below_a_later_scene_are_the_titles_pair():
    body = "\n\n".join(["19:10 CET", "Dinner at the Elysee", DINNER, "13:20 CET", "Declaration signed", SIGNED,
                        "10:45 CET", "Talks begin", TALKS])
    signing = _signing("LIVE | Macron and Xi hold talks in Paris", body)
    assert signing.participants == {MACRON, XI}


def test_on_a_page_in_the_order_of_the_day_the_two_leaders_are_those_named_above():
    body = "\n\n".join(["10:45 CET", "Talks begin", TALKS, "13:20 CET", "Declaration signed", SIGNED])
    signing = _signing("LIVE | Xi Jinping's state visit to France", body)
    assert signing.participants == {MACRON, XI}


def test_only_stamps_each_earlier_than_the_one_above_make_a_page_newest_first():
    assert newest_first_entries(["21:15 IST", "text", "14:05 IST", "text", "08:30", "text"]) == {0, 2, 4}
    assert newest_first_entries(["08:30 IST", "text", "14:05 IST", "text"]) == set()
    assert newest_first_entries(["14:05 IST", "text"]) == set()

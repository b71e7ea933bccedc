"""A photo gallery heads each caption with its dateline in capitals and a day with no year
("KAZAN, RUSSIA - OCTOBER 22: ..."): a caption's held reports with no day of their own are of that
day, not the page's (extract/caption_days.py, read by live_entry_reports.py); a rite a host takes
his guest to ("the evening river prayer", knowledge/events_en.yaml `other`) is an event of its own.
One dateline opening a story is the story's own. Fixtures written for these tests (other leaders,
other places), each beside a look-alike that must not trigger."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.caption_days import caption_entry_days
from ruchina.extract.extraction import extract_article

PAGE_DAY = dt.date(2019, 10, 13)  # (the gallery is published the day after its last picture)
MODI, XI = "Q1058", "Q15031"

GALLERY = "\n\n".join([
    "Chinese President Xi Jinping is in India for an informal summit with Narendra Modi.",
    "CHENNAI, INDIA - OCTOBER 11: Xi Jinping is greeted by dancers on the tarmac of Chennai airport.",
    "MAMALLAPURAM, INDIA - OCTOBER 12: Xi Jinping and Narendra Modi attend a prayer ceremony at the Shore Temple.",
    "Lamps are lit along the shore as the two leaders walk by.",
])


def _ceremonies(body: str) -> list:
    events = extract_article("t1", "Xi in India", None, body, PAGE_DAY, "en").events
    return [e for e in events if e.mentions[0].event_type == "other"]


def test_a_rite_told_in_a_gallery_caption_is_of_the_caption_day():
    found = [e for e in _ceremonies(GALLERY) if {MODI, XI} <= e.participants]
    assert found and found[0].date is not None and found[0].date.first == dt.date(2019, 10, 12)


def test_a_caption_with_no_dateline_goes_on_with_the_one_above():
    paragraphs = GALLERY.split("\n\n")
    assert caption_entry_days(paragraphs, PAGE_DAY) == [PAGE_DAY, dt.date(2019, 10, 11), dt.date(2019, 10, 12),
                                                          dt.date(2019, 10, 12)]


def test_one_dateline_opening_a_story_makes_no_gallery():
    story = ["CHENNAI, INDIA - OCTOBER 12: Xi Jinping and Narendra Modi met at the Shore Temple.", "They spoke."]
    assert caption_entry_days(story, PAGE_DAY) is None


def test_a_prayer_said_for_peace_is_no_ceremony():
    body = "Xi Jinping and Narendra Modi met on Saturday. Modi said a prayer for peace was in every heart."
    assert not _ceremonies(body)

"""A section heading in the body ("Japan-Korea: the leaders meet tomorrow", over the paragraph that
tells who meets) labels the story below it: its report of no one and no place is no event of its
own (extract/heading_reports.py). The same words ending in a full stop are a sentence and stay a
report; so does a heading that names its people."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

TUESDAY = dt.date(2023, 3, 14)
STORY = ("Fumio Kishida will sit down with Yoon Suk Yeol in Tokyo on Wednesday, the first such visit in twelve "
         "years.")


def meetings(body: str) -> list[tuple[str, ...]]:
    events = extract_article("h", "Morning notes", None, body, TUESDAY, "en").events
    return sorted(tuple(sorted(e.participants)) for e in events if e.mentions[0].event_type == "meeting")


def test_a_heading_of_no_one_is_no_meeting():
    assert meetings("Good morning.\n\nJapan-Korea: the leaders meet tomorrow\n\n" + STORY) == [
        ("fumio-kishida", "yoon-suk-yeol")]


def test_the_same_words_as_a_sentence_stay_a_report():
    assert len(meetings("Good morning.\n\nIn Asia, the leaders of two old rivals meet tomorrow.\n\n" + STORY)) == 2

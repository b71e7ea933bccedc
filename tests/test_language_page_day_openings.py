"""A time of day opening a sentence of a dated page whose story has told no day at all ("Am
Vormittag hatte X mit Y verhandelt", the page of that day): the page's day (dates_same_day_opening.py).
Fixtures written for these tests, with other people than any page read; beside "the same day" with
no day told before, which points at none, and a story that told its own day first."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2024, 10, 9)


def meetings(text, language="de"):
    return [m for m in extract_article("t1", None, None, text, DAY, language).event_mentions
            if m.event_type == "meeting"]


def test_a_time_of_day_on_a_page_that_told_no_day_is_the_page_s_day():
    found = meetings("Wladimir Putin hat den indischen Premierminister Narendra Modi in Moskau empfangen.\n\n"
                     "Am Vormittag hatte Modi mit Außenminister Sergej Lawrow verhandelt.")
    talks = [m for m in found if "sergei-lavrov" in m.participant_ids]
    assert [m.date.first for m in talks] == [DAY]


def test_the_same_day_with_no_day_told_stays_undated():
    found = meetings("Wladimir Putin hat den indischen Premierminister Narendra Modi in Moskau empfangen.\n\n"
                     "Am selben Tag hatte Modi mit Außenminister Sergej Lawrow verhandelt.")
    talks = [m for m in found if "sergei-lavrov" in m.participant_ids]
    assert talks and all(m.date is None for m in talks)


def test_a_time_of_day_after_a_day_told_keeps_that_day():
    found = meetings("Wladimir Putin hat am Montag den indischen Premierminister Narendra Modi in Moskau "
                     "empfangen.\n\nAm Vormittag hatte Modi mit Außenminister Sergej Lawrow verhandelt.")
    talks = [m for m in found if "sergei-lavrov" in m.participant_ids]
    assert [m.date.first for m in talks] == [dt.date(2024, 10, 7)]

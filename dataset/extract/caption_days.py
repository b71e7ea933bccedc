"""The day each caption of a photo gallery was taken on. A gallery heads each caption with its own
dateline in capitals, the place and the day with no year ("VARANASI, INDIA - DECEMBER 12: The two
leaders attend the evening prayer on the river"): the caption's reports told held with no day of
their own are of that day, not the page's (a gallery is often published the day after its last
picture). A caption with no dateline goes on with the one above it (the next picture of the same
scene); the text above the first dateline keeps the page's day.

Only on a page of two such captions or more: one dateline in capitals opening a story is the
story's own (page_datelines.py), and its day the story's. A day more than a week from the page's
date belongs to no caption of this page (an archive picture).
"""

from __future__ import annotations

import datetime as dt
import re

from ruchina.text.page_dates import read_date_line

#: the caption's dateline: a place in capitals (with its country), a dash, a day with no year, a colon
_CAPTION_DATELINE = re.compile(
    r"(?-i:[A-Z][A-Z.'’ -]+(?:, [A-Z][A-Z.'’ -]+)*) [-–—] (?P<day>(?-i:[A-Z]+) \d{1,2}):\s")
MIN_CAPTIONS = 2
MAX_DISTANCE = dt.timedelta(days=7)


def caption_entry_days(paragraphs: list[str], published: dt.date | None) -> list[dt.date | None] | None:
    """For each paragraph of a gallery of datelined captions, the day of the last dateline above it
    (the page's day above the first); None on any other page."""
    if published is None:
        return None
    heads = [_caption_day(paragraph, published) for paragraph in paragraphs]
    if sum(head is not None for head in heads) < MIN_CAPTIONS:
        return None
    days, day = [], published
    for head in heads:
        day = head or day
        days.append(day)
    return days


def _caption_day(paragraph: str, published: dt.date) -> dt.date | None:
    found = _CAPTION_DATELINE.match(paragraph)
    if found is None:
        return None
    for year in (published.year, published.year - 1, published.year + 1):
        stated = read_date_line(f"{found['day'].title()}, {year}")
        if stated is not None and stated.date is not None and abs(stated.date - published) <= MAX_DISTANCE:
            return stated.date
    return None

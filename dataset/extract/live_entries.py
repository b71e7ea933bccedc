"""The day each entry of a live page was written on. A live page prints its entries newest
first, each under a stamp line with its date and time ("2 Sep 2025 22.30 BST", "3 сентября
2025, 09:41"). An entry's "tomorrow", "earlier today" and "on Wednesday" count from its own
stamp's day, not from the page's date: "Tomorrow the capital holds its parade", stamped the
evening before, is the parade's day, though the page is dated the day of the parade.

A page with fewer than two stamps is no live page: one dated line opening a paragraph is the
page's own date line or a caption's, and the page's date stands. A stamp more than a week from
the page's date belongs to no entry of this page (a quoted document, an archive line).
"""

from __future__ import annotations

import datetime as dt
import re

from ruchina.text.page_almanac import almanac_entry_day
from ruchina.text.page_dates import TIME_OF_DAY, read_date_line
from ruchina.text.page_day_headings import heading_near

MIN_STAMPS = 2
MAX_STAMP_DISTANCE = dt.timedelta(days=7)
#: a date and nothing else: a day, a month name, a year, perhaps a weekday ("Tuesday, 11 September 2018")
_ALONE = re.compile(r"(?:\w+,?\s+)?(?:\d{1,2}\.?\s+\w+\.?,?\s+\d{4}|\w+\.?\s+\d{1,2},?\s+\d{4})(?:\s+(?:года|г\.))?")


def entry_days(paragraphs: list[str], published: dt.date | None,
               almanac: tuple[int, int] | None = None) -> list[dt.date | None]:
    """For each paragraph, the day its words count from: the day of the last stamp above it on a
    live page (the page's date above the first stamp); on an almanac page (``almanac``: the
    (month, day) its title heads it with), an entry's day in the year opening it; the page's date
    on any other page and any other paragraph."""
    if almanac is not None:
        return [almanac_entry_day(paragraph, almanac) or published for paragraph in paragraphs]
    stamps, headings = _stamps_and_headings(paragraphs, published)
    if not _live(stamps, headings):
        return [published] * len(paragraphs)
    stamps = [stamp or heading for stamp, heading in zip(stamps, headings)]
    days, day = [], published
    for stamp in stamps:
        day = stamp or day
        days.append(day)
    return days


def is_live_page(paragraphs: list[str], published: dt.date | None) -> bool:
    """Whether the page is a live page: two stamps or more, or a day heading over its entries."""
    return _live(*_stamps_and_headings(paragraphs, published))


def _stamps_and_headings(paragraphs: list[str], published: dt.date | None) -> tuple[list, list]:
    stamps = [_stamp_day(paragraph, published) for paragraph in paragraphs]
    headings = [None, *(_day_heading(paragraph, published) for paragraph in paragraphs[1:])]
    return stamps, headings


def _live(stamps: list, headings: list) -> bool:
    return sum(stamp is not None for stamp in stamps) >= MIN_STAMPS or any(headings)


def _stamp_day(paragraph: str, published: dt.date | None) -> dt.date | None:
    """The day of the stamp line opening the paragraph: a date line that states a time of day."""
    first_line = paragraph.split("\n", 1)[0]
    if not TIME_OF_DAY.search(first_line):
        return None
    return _near_the_page_date(read_date_line(first_line), published)


def _day_heading(paragraph: str, published: dt.date | None) -> dt.date | None:
    """A live page whose entries' time stamps were cut away as page chrome ("21:15") still heads
    each day's entries with the day alone, a paragraph of its own below the text of a later
    day ("11 September 2018"): the day of a paragraph that is one date line and nothing else,
    no time, after the body's first paragraph (there it is the page's own date line)."""
    line = paragraph.strip()
    if "\n" in line or TIME_OF_DAY.search(line):
        return None
    if published is not None and (yearless := heading_near(line, published, MAX_STAMP_DISTANCE)):
        return yearless  # ("Thursday 23 June": its year the page's, where the weekday agrees)
    return _near_the_page_date(read_date_line(line), published) if _ALONE.fullmatch(line) else None


def _near_the_page_date(stated, published: dt.date | None) -> dt.date | None:
    """The day a date line states, when it is within MAX_STAMP_DISTANCE of the page's date."""
    if stated is None or stated.date is None or published is None:
        return None
    return stated.date if abs(stated.date - published) <= MAX_STAMP_DISTANCE else None


#: a stamp of a time alone on its line, perhaps with its zone ("14:40 IST", "09.30", "9:05 am GMT")
_BARE_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:\s*[+-]\s*\d{1,2})?)?", re.IGNORECASE)
#: a heading of a word or two, no stop, no digit ("YESTERDAY", "Earlier", "Key events")
_WORD_HEADING = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)?")


def timed_entry_days(paragraphs: list[str], published: dt.date | None) -> list[dt.date | None] | None:
    """A live page whose entries are stamped by their time alone ("14:40 IST" on a line of its
    own, two such stamps or more): each paragraph above the first heading of a word or two below
    its first stamp ("YESTERDAY", "Earlier") is of the page's day; from that heading on, of no day
    this page tells (the words of the day before are each language's: the page's day is what the
    stamps alone tell). None for any other page: one time in a paragraph is a time of the story. Read
    only under a title calling the page live (live_entry_reports.py): bare times are a programme's too."""
    if published is None:
        return None
    stamps = [i for i, paragraph in enumerate(paragraphs) if _BARE_TIME.fullmatch(paragraph.strip())]
    if len(stamps) < MIN_STAMPS:
        return None
    heading = next((i for i, paragraph in enumerate(paragraphs)
                    if i > stamps[0] and _WORD_HEADING.fullmatch(paragraph.strip())), len(paragraphs))
    return [published if i < heading else None for i in range(len(paragraphs))]

"""An almanac page ("On this day: August 3", "Этот день в истории: 27 декабря") lists what happened
on one day of the year in years long past, each entry a paragraph that opens with its year ("1958 -
Soviet leader Nikita Khrushchev leaves Peking ..."). An entry's words count from that day in its
own year: its "today" is 3 August 1958 and its "July 31" the 31st of July 1958, not of the year the
page was posted; what it tells held with no day of its own was held that day, as a live page's entry
tells what has just happened (extract/live_entry_reports.py).

The heading is the title, in one of each language's ``almanac_headings`` (knowledge/calendar.yaml),
which name the day and its month: a title that names a year as well ("Today in history: 27 December
1996") is a dated story, not a list of years."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ruchina.text.calendar_words import alternation, calendar_words, expand
from ruchina.text.page_dates import valid_date

#: an entry's year opening its paragraph, then a dash or a colon ("1958 - ", "1996 – ", "1812: ")
_ENTRY_YEAR = re.compile(r"\s*(?P<year>[12]\d{3})\s*[-–—:]\s")


@cache
def _heading_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    words = calendar_words(language)
    if words is None:
        return ()
    months = alternation({form.casefold() for form in words.months})
    return tuple(expand(template, words, {"month": months}) for template in words.almanac_headings)


def almanac_day(title: str | None, language: str) -> tuple[int, int] | None:
    """(month, day) of an almanac page's heading title, else None."""
    if not title:
        return None
    words = calendar_words(language)
    heading = " ".join(title.split()).casefold()
    for pattern in _heading_patterns(language):
        match = pattern.fullmatch(heading)
        if match:
            month, day = words.months[match.group("month").rstrip(".")], int(match.group("day"))
            return (month, day) if valid_date(2000, month, day) else None  # (2000: a leap year)
    return None


def almanac_entry_day(paragraph: str, almanac: tuple[int, int]) -> dt.date | None:
    """The day an almanac entry tells of: the heading's day in the year opening the paragraph."""
    match = _ENTRY_YEAR.match(paragraph)
    return valid_date(int(match.group("year")), *almanac) if match else None

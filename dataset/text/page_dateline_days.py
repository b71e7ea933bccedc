"""A date line all in digits that reads both ways ("Published 12-09-2014 15:47" on an English
page: 12 September or 9 December) decided by the story's own dateline when that names the day
without a year ("KABUL, Sept. 12 (Agency) --"): the page states one day, and the two agree only
one way. Where they agree neither way (the story was filed the day before it was published),
the line stays unread: no date is better than a wrong one."""

from __future__ import annotations

import datetime as dt
import re

from ruchina.text.page_datelines import dateline_day
from ruchina.text.page_dates import LineDate, read_date_line, valid_date

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def story_day(paragraphs: list[str]) -> tuple[int, int] | None:
    """(month, day) of the first dated dateline among the paragraphs, year or not."""
    return next((day for day in map(dateline_day, paragraphs) if day is not None), None)


def read_date_line_by_dateline(line: str, hint: dt.date | None, language: str | None,
                               day: tuple[int, int] | None) -> LineDate | None:
    """The date line's date (page_dates.read_date_line, in any language's words); one that reads
    both ways, the reading that falls on the dateline's ``day`` (month, day)."""
    stated = read_date_line(line, hint, language, any_language=True)
    if stated is None or stated.date is not None or day is None:
        return stated
    for year in {int(found) for found in _YEAR.findall(line)}:
        on_the_day = valid_date(year, *day)
        decided = read_date_line(line, on_the_day, language, any_language=True) if on_the_day else None
        if decided is not None and decided.date == on_the_day:
            return decided
    return stated

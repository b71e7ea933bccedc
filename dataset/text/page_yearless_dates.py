"""A page's date line that writes no year ("21 октября, 07:05", "Oct. 21, 7:05 PM"): its year
is the address's (the one that puts the day nearest the address's date). Only a line of a
day, a month and a time counts: a bare "21 октября" may head a list of events, and a line
labelled as an update ("обновлено: 21 октября, 09:30") dates the update, not the page."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ruchina.text.page_dates import UrlDate, day_in_address_year, page_calendar

_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"


@lru_cache(maxsize=None)
def _yearless_patterns() -> tuple[re.Pattern[str], ...]:
    calendar = page_calendar()
    month, day = calendar.month_pattern, r"(?P<day>[0-3]?\d)"
    # (an update's line after it may have run into it: "21 октября, 07:05 обновлено: ...")
    return tuple(re.compile(rf"^\s*(?:{calendar.published_label.pattern}\s*:?\s*)?{body}"
                            rf"(?:\s+{calendar.updated_label.pattern}.*)?\s*$", re.IGNORECASE)
                 for body in (rf"{day}\s+(?P<month>{month})\.?,?\s+{_TIME}",
                              rf"(?P<month>{month})\.?\s+{day},?\s+{_TIME}"))


def read_yearless_date_line(line: str, url_date: UrlDate | None) -> dt.date | None:
    """The date of a "day month, time" line, its year from the address; None otherwise."""
    if url_date is None or len(line) > 90:
        return None
    calendar = page_calendar()
    for pattern in _yearless_patterns():
        match = pattern.match(line)
        if match:
            month = calendar.months[match.group("month").casefold()]
            return day_in_address_year(month, int(match.group("day")), url_date)
    return None


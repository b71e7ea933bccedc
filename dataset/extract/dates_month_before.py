"""A day written alone after a full date in one sentence ("李鹏于1996年12月26日抵达莫斯科，28日结束访问"):
the day of the month and year that date states, not of the publication's month. Without it, a
history page of 2016 put the visit's last day, "28日", in December 2016, and the visit ended twenty
years after it began.

Only a day written with its day mark and nothing else ("28日", "28号"), after a date of the same
sentence that states its year, and not before that date's own day; a day alone in a sentence that
names no full date keeps the month near the publication (date_language.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ruchina.extract.calendar_math import safe_date
from ruchina.extract.dates import ResolvedDate

#: a day and its mark alone, as Chinese writes a day of a month already named
_BARE_DAY = re.compile(r"(?P<day>[0-3]?\d)\s*(?:日|号|號)")
#: a year written out in the phrase of the date before
_STATED_YEAR = re.compile(r"(?:19|20)\d{2}")


def with_month_told_before(dates: list[ResolvedDate]) -> list[ResolvedDate]:
    """``dates`` (of one sentence, in order), each bare day after a full date of a stated year
    moved to that date's month and year."""
    result = []
    for date in dates:
        bare = _BARE_DAY.fullmatch(date.phrase.strip())
        before = next((d for d in reversed(result) if d.char_end <= date.char_start and d.precision == "day"
                       and _STATED_YEAR.search(d.phrase)), None)
        if bare and before is not None and date.first == date.last:
            day = safe_date(before.last.year, before.last.month, int(bare.group("day")))
            if day is not None and day >= before.last:
                date = replace(date, first=day, last=day)
        result.append(date)
    return result

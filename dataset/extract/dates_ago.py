"""Days counted back from the publication date where the words name the very day: "two years
ago today", "on this day two years ago", "exactly a year ago", "ровно год назад", "on this day
in 2022" (or the very month: "sixty years ago this month", that month of its year). Without them, the "today" of "two years ago today" dated a retold event to the
article's own day, and an anniversary piece's opening line became a new event of its year.

A count back without words of the very day ("two years ago", "три года назад") is left alone:
it names no day, and dating it to a year or a month moved the retold events it opens into and
out of the merges of the article's other reports (measured on the kremlin texts).

The words are each language's (knowledge/calendar.yaml, `ago`); the rule that counts back is
here. A report dated so, well before the article's day, looks back at an earlier event
(``looks_back``): the piece retells it, it does not report it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from ruchina.extract.dates import ResolvedDate
from ruchina.knowledge.base import calendar_entry
from ruchina.text.calendar_words import alternation, calendar_words, expand

#: the kind of a date counted back from the publication date
AGO = "ago"
#: amounts written as digits: a few, never a year ("2022年前" is "before 2022")
_DIGITS = r"\d{1,3}"


@dataclass(frozen=True)
class AgoWords:
    #: the very day that many units back: the groups amount (optional) and unit (or one)
    patterns: tuple[re.Pattern[str], ...]
    #: the publication's day in a year named: the group year
    this_day: tuple[re.Pattern[str], ...]
    #: a unit's form (casefolded) -> day, week, month or year
    units: dict[str, str]
    #: an amount's word (casefolded) -> its number
    amounts: dict[str, int]
    #: the word of ten that joins the digits' words into a count ("六十五": six, ten, five), if any
    tens: str | None = None
    #: the publication's month that many years back ("sixty years ago this month"): a month, no day
    this_month: tuple[re.Pattern[str], ...] = ()


@cache
def ago_words(language: str) -> AgoWords | None:
    """The language's words for a day counted back, or None where calendar.yaml gives none."""
    words = calendar_words(language)
    entry = calendar_entry(language).get("ago")
    if words is None or not entry:
        return None
    units = {str(form).casefold(): unit for unit, forms in (entry.get("units") or {}).items() for form in forms}
    amounts = {str(word).casefold(): int(number) for word, number in (entry.get("amounts") or {}).items()}
    tens = str(entry["tens"]) if entry.get("tens") else None
    parts = {"amount": _DIGITS + "|" + _composed(amounts, tens) + alternation(amounts, capitalised=True),
             "unit": alternation(units, capitalised=True),
             "one": alternation([str(form) for form in entry.get("one") or []], capitalised=True)}
    plain = [str(p) for p in entry.get("patterns") or []]
    patterns = tuple(expand(str(e).replace("{ago}", f"(?:{p})"), words, parts)
                     for e in entry.get("exact") or [] for p in plain)
    this_day = tuple(expand(str(p), words, parts) for p in entry.get("this_day") or [])
    this_month = tuple(expand(str(e).replace("{ago}", f"(?:{p})"), words, parts)
                       for e in entry.get("this_month") or [] for p in plain)
    return AgoWords(patterns, this_day, units, amounts, tens, this_month)


def _composed(amounts: dict[str, int], tens: str | None) -> str:
    """Counts a language writes as digits' words around its word of ten ("六十五", "二十", "十五"),
    tried before the listed words, so that "六十五年前" is not read as its tail "十五年前"."""
    if tens is None:
        return ""
    digits = alternation([word for word, number in amounts.items() if 1 <= number <= 9])
    return f"(?:{digits})?{re.escape(tens)}(?:{digits})?|"


def _amount(words: AgoWords, amount: str) -> int:
    if amount.isdigit():
        return int(amount)
    if words.tens and words.tens in amount:
        before, _, after = amount.partition(words.tens)
        return (words.amounts[before] if before else 1) * 10 + (words.amounts[after] if after else 0)
    return words.amounts[amount.casefold()]


def dates_ago(text: str, published: dt.date | None, language: str) -> list[ResolvedDate]:
    """Every day ``text`` counts back to from ``published`` in words of the very day."""
    words = ago_words(language) if published is not None else None
    if words is None:
        return []
    found: list[ResolvedDate] = []

    def free(match: re.Match) -> bool:
        return all(match.end() <= d.char_start or match.start() >= d.char_end for d in found)

    for pattern in words.this_day:
        for match in pattern.finditer(text):
            day = _same_day(published, int(match.group("year")))
            if free(match):
                found.append(ResolvedDate(day, day, "day", match.group(0), *match.span(), AGO))
    for pattern in words.this_month:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            unit = words.units[(groups.get("unit") or groups["one"]).casefold()]
            if unit != "year" or not free(match):
                continue  # (a count of months or days back "this month" names no other month)
            amount = groups.get("amount")
            day = counted_back(published, 1 if amount is None else _amount(words, amount), unit)
            last = day.replace(day=calendar.monthrange(day.year, day.month)[1])
            found.append(ResolvedDate(day.replace(day=1), last, "month", match.group(0), *match.span(), AGO))
    for pattern in words.patterns:
        for match in pattern.finditer(text):
            if not free(match):
                continue
            groups = match.groupdict()
            amount = groups.get("amount")
            number = 1 if amount is None else _amount(words, amount)
            day = counted_back(published, number, words.units[(groups.get("unit") or groups["one"]).casefold()])
            found.append(ResolvedDate(day, day, "day", match.group(0), *match.span(), AGO))
    return sorted(found, key=lambda d: d.char_start)


def counted_back(published: dt.date, amount: int, unit: str) -> dt.date:
    """The day ``amount`` ``unit``s before ``published`` (a month or a year back, its day of the
    month; the last of the month where that month is shorter)."""
    if unit in ("day", "week"):
        return published - dt.timedelta(days=amount * (7 if unit == "week" else 1))
    if unit == "year":
        return _same_day(published, published.year - amount)
    year, month = divmod(published.year * 12 + published.month - 1 - amount, 12)
    return dt.date(year, month + 1, min(published.day, calendar.monthrange(year, month + 1)[1]))


def _same_day(published: dt.date, year: int) -> dt.date:
    """The publication's day and month in ``year`` (29 February: the 28th of a common year)."""
    return dt.date(year, published.month, min(published.day, calendar.monthrange(year, published.month)[1]))


def with_dates_ago(dates: list[ResolvedDate], text: str, published: dt.date | None,
                   language: str) -> list[ResolvedDate]:
    """``dates`` (of ``text``) with the times it counts back from ``published``, which take the
    place of any date inside their words (the "today" of "two years ago today", the year of
    "on this day in 2022")."""
    found = dates_ago(text, published, language)
    if not found:
        return dates
    kept = [d for d in dates if not any(a.char_start <= d.char_start < a.char_end for a in found)]
    return sorted(kept + found, key=lambda d: d.char_start)


def looks_back(date: ResolvedDate | None, dates: list[ResolvedDate], position: int, published: dt.date | None,
               further_than: dt.timedelta) -> bool:
    """Whether a report dated ``date`` looks back at an earlier event: its date is counted
    back from the article's day ("two years ago today") and lies further before it than
    ``further_than`` ("three days ago" is still the news). An undated report goes by the last
    of its sentence's ``dates`` before its word at ``position`` ("Two years ago today, X met Y,
    and the two signed a statement": the statement is retold too)."""
    if date is None:
        date = next((d for d in reversed(dates) if d.char_end <= position), None)
    return (date is not None and published is not None and date.kind == AGO
            and date.last < published - further_than)

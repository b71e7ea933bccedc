"""Resolve the dates a sentence speaks of, with their precision.

Forms understood:

* explicit dates: "October 18, 2023", "18 October 2023", "Oct. 18", "2023-10-18",
  "October 2023", "in 2001";
* weekday names ("on Wednesday", "last Friday") and "today", "yesterday", "tomorrow",
  resolved against the publication date, backwards or forwards by the sentence's tense;
* "this week", "next week", "last month", "this year", "last year’s" against the
  publication date;
* seasons: "next spring", "this autumn", "last winter" against the publication date, and
  "spring 2025", "the autumn of 2019" (the northern meteorological seasons: spring is
  March to May, winter December to February; a winter with only a year is left alone,
  which winter it means being unclear);
* "a day before the 80th anniversary of X", against the anchor date of X from the
  knowledge base (``knowledge/anchors.yaml``).

A phrase that needs a publication date resolves to nothing when the article states none:
nothing is guessed. Each result is a range (``first``..``last``) with its precision:
day, week (Monday..Sunday), month (a season: its three months) or year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ruchina.extract.compact import compact
from ruchina.knowledge.base import Anchor, anchors

PRECISIONS = ("day", "week", "month", "year", "unknown")


@compact
@dataclass(slots=True, unsafe_hash=True)
class ResolvedDate:
    first: dt.date
    last: dt.date
    precision: str
    phrase: str
    char_start: int
    char_end: int
    kind: str  # explicit, weekday, relative, anniversary, year

    def contains(self, other: "ResolvedDate") -> bool:
        return self.first <= other.first and other.last <= self.last

    def overlaps(self, other: "ResolvedDate") -> bool:
        return self.first <= other.last and other.first <= self.last


_MONTHS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): index for index, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): index for index, name in enumerate(calendar.day_name)}
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100, "centenary": 100, "centennial": 100,
}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "twenty-five": 25,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "seventy-five": 75, "eighty": 80,
    "ninety": 90, "hundred": 100,
}
_NUMBER = r"(?:\d+|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_ORDINAL = r"(?:\d+(?:st|nd|rd|th)|" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + r")"

_ANNIVERSARY = re.compile(
    rf"(?:(?P<amount>{_NUMBER})\s+(?P<unit>day|week|month|year)s?\s+(?P<direction>before|after|ahead\s+of|prior\s+to)\s+)?"
    rf"(?:the\s+)?(?:(?P<ordinal>{_ORDINAL})|(?P<years>{_NUMBER})[-\s]year)\s+anniversary\s+of\s+(?P<what>[^.;:!?,(]+)",
    re.IGNORECASE,
)
_FULL_DATE = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
]
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s+(?:19|20)\d{{2}})(?!\s*(?:%|percent))")
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+{_MONTH}\b(?!,?\s+(?:19|20)\d{{2}})")
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b")
_BARE_YEAR = re.compile(
    rf"\b(?:in|since|by|until|from|during|of|early|late|mid|fiscal)[\s-]{_YEAR}\b(?![-–/]\d)(?!\s*(?:%|percent))",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"\b(?:(?P<modifier>last|next|this|this\s+past|this\s+coming|coming|past)\s+)?"
    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_DAY_WORDS = re.compile(r"\b(?P<word>today|yesterday|tomorrow|tonight)\b", re.IGNORECASE)
_RELATIVE = re.compile(
    r"\b(?:(?:earlier|later)\s+)?(?P<modifier>this|next|last|past|coming|previous)\s+(?P<unit>week|month|year)(?:['’]s)?\b",
    re.IGNORECASE,
)
#: A season's first month; it lasts three.
_SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_SEASON = re.compile(
    # "the next fall in prices" is no season: a fall followed by "in" or "of" is left alone.
    r"\b(?P<modifier>this|next|last|past|coming|previous)\s+"
    r"(?P<season>spring|summer|autumn|fall(?!\s+(?:in|of)\b)|winter)(?:['’]s)?\b",
    re.IGNORECASE,
)
_SEASON_YEAR = re.compile(r"\b(?P<season>spring|summer|autumn|fall)\s+(?:of\s+)?" + _YEAR + r"\b", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:will|shall|won['’]t|upcoming|next|plans?\s+to|planning\s+to|to\s+be\s+held|"
    r"(?:is|are|was|were)\s+(?:also\s+)?(?:scheduled|set|expected|due|slated|poised|going|confirmed|likely|"
    r"planned|preparing|about)\s+to)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:met|held|was|were|had|did|said|told|arrived|convened|occurred|signed|attended|visited|took\s+place|"
    r"have\s+(?:already\s+)?\w+ed|has\s+(?:already\s+)?\w+ed|\w{3,}ed)\b",
    re.IGNORECASE,
)


def sentence_tense(sentence: str) -> str:
    """past, future or present: which way a bare "Wednesday" points from the publication date."""
    if _FUTURE.search(sentence):
        return "future"
    if _PAST.search(sentence):
        return "past"
    return "present"


def anniversary_date(years: int, anchor: Anchor) -> tuple[dt.date, dt.date, str]:
    year = anchor.year + years
    if anchor.day:
        day = min(anchor.day, calendar.monthrange(year, anchor.month)[1])
        date = dt.date(year, anchor.month, day)
        return date, date, "day"
    if anchor.month:
        return dt.date(year, anchor.month, 1), _month_end(year, anchor.month), "month"
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def find_anchor(text: str) -> Anchor | None:
    """The anchor a phrase names ("the Soviet Union's victory over Nazi Germany")."""
    text = text.strip()
    for anchor in anchors():
        for pattern in anchor.patterns:
            if pattern.match(text) or pattern.search(text[:80]):
                return anchor
    return None


def resolve_dates(text: str, published: dt.date | None, tense: str | None = None) -> list[ResolvedDate]:
    """Every date phrase in ``text`` that can be resolved, in order of appearance."""
    tense = tense or sentence_tense(text)
    found: list[ResolvedDate] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match, first: dt.date, last: dt.date, precision: str, kind: str, group: int | str = 0) -> None:
        start, end = match.span(group)
        found.append(ResolvedDate(first, last, precision, match.group(group), start, end, kind))
        taken.append((match.start(), match.end()))

    def free(match: re.Match) -> bool:
        return all(match.end() <= start or match.start() >= end for start, end in taken)

    for match in _ANNIVERSARY.finditer(text):
        resolved = _resolve_anniversary(match)
        if resolved:
            add(match, *resolved, "anniversary")
        # An anniversary phrase also hides its anchor's name from the other rules.
        taken.append((match.start(), match.end()))
    for pattern in _FULL_DATE:
        for match in pattern.finditer(text):
            date = _safe_date(int(match.group("year")), _month_number(match.group("month")), int(match.group("day")))
            if date and free(match):
                add(match, date, date, "day", "explicit")
    for match in _MONTH_YEAR.finditer(text):
        if free(match):
            year, month = int(match.group("year")), _month_number(match.group("month"))
            add(match, dt.date(year, month, 1), _month_end(year, month), "month", "explicit")
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for match in pattern.finditer(text):
            if published and free(match):
                date = _nearest_year(published, _month_number(match.group("month")), int(match.group("day")), tense)
                if date:
                    add(match, date, date, "day", "explicit")
    for match in _SEASON_YEAR.finditer(text):
        if free(match):
            add(match, *_season(int(match.group("year")), match.group("season").lower()), "month", "explicit")
    for match in _BARE_YEAR.finditer(text):
        if free(match):
            year = int(match.group("year"))
            add(match, dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "year", group="year")
    if published is not None:
        for match in _WEEKDAY.finditer(text):
            if free(match):
                date = _resolve_weekday(published, _WEEKDAYS[match.group("weekday").lower()], match.group("modifier"), tense)
                add(match, date, date, "day", "weekday")
        for match in _DAY_WORDS.finditer(text):
            if free(match):
                offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[match.group("word").lower()]
                date = published + dt.timedelta(days=offset)
                add(match, date, date, "day", "relative")
        for match in _RELATIVE.finditer(text):
            if free(match):
                add(match, *_resolve_relative(published, match.group("modifier").lower(), match.group("unit").lower()), "relative")
        for match in _SEASON.finditer(text):
            if free(match):
                season = match.group("season").lower()
                add(match, *_resolve_season(published, match.group("modifier").lower(), season), "month", "relative")
    return sorted(found, key=lambda r: r.char_start)


#: Every phrase unresolved_phrases finds holds one of these (lowercased): a weekday, a day
#: word, a relative unit, a month's abbreviation (which begins its full name). Most
#: sentences hold none, and looking for these is cheaper than trying the five patterns
#: (the 92,000 sentences of 10,000 undated articles: 1.5 -> 0.65 s).
_UNRESOLVED_WORDS = (*_WEEKDAYS, "today", "yesterday", "tomorrow", "tonight", "week", "month", "year",
                     *(name.lower() for name in calendar.month_abbr if name), *_SEASON_STARTS)
#: Letters that re.IGNORECASE takes for i and s but str.lower() does not make them.
_CASE_FOLDS = str.maketrans({"ı": "i", "İ": "i", "ſ": "s"})


def unresolved_phrases(text: str) -> list[tuple[int, int, str]]:
    """Date phrases that need a publication date ("on Wednesday", "this week", "June 30",
    "next spring"), as (start, end, phrase): what an undated article says about when, kept
    so that its date can be estimated later."""
    lowered = text.translate(_CASE_FOLDS).lower()
    if not any(word in lowered for word in _UNRESOLVED_WORDS):
        return []
    found = []
    for pattern in (_WEEKDAY, _DAY_WORDS, _RELATIVE, _SEASON, _MONTH_DAY, _DAY_MONTH):
        found.extend((m.start(), m.end(), m.group(0)) for m in pattern.finditer(text))
    return sorted(found)


def _resolve_anniversary(match: re.Match) -> tuple[dt.date, dt.date, str] | None:
    anchor = find_anchor(match.group("what"))
    if anchor is None:
        return None
    if match.group("ordinal"):
        ordinal = match.group("ordinal").lower()
        years = int(re.sub(r"\D", "", ordinal)) if ordinal[0].isdigit() else _ORDINAL_WORDS[ordinal]
    else:
        years = _number(match.group("years"))
    first, last, precision = anniversary_date(years, anchor)
    if match.group("amount"):
        amount, unit = _number(match.group("amount")), match.group("unit").lower()
        sign = 1 if match.group("direction").lower() == "after" else -1
        if unit in ("day", "week") and precision == "day":
            delta = dt.timedelta(days=amount * (7 if unit == "week" else 1) * sign)
            first, last = first + delta, last + delta
        elif unit == "year":
            first, last = first.replace(year=first.year + sign * amount), last.replace(year=last.year + sign * amount)
        else:
            # "a day before" a year-precise anniversary: still that year, at best.
            pass
    return first, last, precision


def _resolve_weekday(published: dt.date, weekday: int, modifier: str | None, tense: str) -> dt.date:
    modifier = " ".join((modifier or "").lower().split())
    delta_back = (published.weekday() - weekday) % 7
    delta_forward = (weekday - published.weekday()) % 7
    if modifier in ("last", "past", "this past"):
        return published - dt.timedelta(days=delta_back or 7)
    if modifier in ("next", "coming", "this coming"):
        return published + dt.timedelta(days=delta_forward or 7)
    if modifier == "this":
        # "this Wednesday": the one in the publication week.
        return published - dt.timedelta(days=published.weekday()) + dt.timedelta(days=weekday)
    if tense == "future":
        return published + dt.timedelta(days=delta_forward)
    return published - dt.timedelta(days=delta_back)


def _resolve_relative(published: dt.date, modifier: str, unit: str) -> tuple[dt.date, dt.date, str]:
    step = {"this": 0, "next": 1, "coming": 1, "last": -1, "past": -1, "previous": -1}[modifier]
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
        return monday, monday + dt.timedelta(days=6), "week"
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + step
        year, month = divmod(month_index, 12)
        return dt.date(year, month + 1, 1), _month_end(year, month + 1), "month"
    year = published.year + step
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def _season(year: int, season: str) -> tuple[dt.date, dt.date]:
    """The season that begins in ``year`` (a winter runs into the next year)."""
    first = dt.date(year, _SEASON_STARTS[season], 1)
    last_month = first.year * 12 + first.month + 1  # two months on, counted from 0
    return first, _month_end(last_month // 12, last_month % 12 + 1)


def _resolve_season(published: dt.date, modifier: str, season: str) -> tuple[dt.date, dt.date]:
    """ "this spring": the one under way at the publication date, or else the one that begins
    in its year; "next spring": the first to begin after it; "last spring": the last to end
    before it."""
    # The latest such season to have begun by then (a winter may have begun the year before).
    begun = _season(published.year, season)
    if begun[0] > published:
        begun = _season(published.year - 1, season)
    if modifier == "this":
        return begun if published <= begun[1] else _season(published.year, season)
    if modifier in ("next", "coming"):
        return _season(begun[0].year + 1, season)
    return begun if begun[1] < published else _season(begun[0].year - 1, season)


def _nearest_year(published: dt.date, month: int, day: int, tense: str) -> dt.date | None:
    """ "October 18" with no year: the occurrence the tense points to, from the publication date."""
    candidates = [d for d in (_safe_date(published.year + k, month, day) for k in (-1, 0, 1)) if d]
    if tense == "future":
        after = [d for d in candidates if d >= published]
        return min(after) if after else None
    before = [d for d in candidates if d <= published]
    return max(before) if before else None


def _month_number(name: str) -> int:
    return int(name) if name.isdigit() else _MONTHS[name.lower().rstrip(".")]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _number(text: str) -> int:
    text = text.lower()
    return int(text) if text.isdigit() else _NUMBER_WORDS[text]

"""Resolve the dates a sentence speaks of, with their precision.

Forms understood:

* explicit dates: "October 18, 2023", "18 October 2023", "Oct. 18", "2023-10-18",
  "October 2023", "in 2001";
* ranges of days: "7-10 May 2024", "from 7 to 10 May", "May 7-10", "November 30-December
  1, 2021" (an event of several days keeps its whole range);
* a month alone after a word that makes it a time: "next February", "last June", "in March",
  against the publication date; "the day before" at the end of a clause;
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
from dataclasses import dataclass, replace

from ruchina.extract.calendar_math import (
    MONTHS,
    SEASON_STARTS,
    anniversary_date,
    find_anchor,
    month_end,
    month_number,
    nearest_year,
    resolve_english_weekday,
    resolve_month,
    resolve_range,
    resolve_relative,
    resolve_season,
    resolve_weekday_range,
    safe_date,
    season_range,
)
from ruchina.extract.compact import compact
from ruchina.extract.date_language import find_dates, language_dates, unresolved_in
from ruchina.extract.event_words import DEFAULT_LANGUAGE
from ruchina.extract.tenses import sentence_tense
from ruchina.text.calendar_words import calendar_words


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


#: English month and weekday names are data (knowledge/calendar.yaml), as every language's are;
#: the patterns around them are English's own.
_ENGLISH = calendar_words("en")
_WEEKDAYS = {name.lower(): index for name, index in _ENGLISH.weekdays.items()}
_MONTH = r"(?P<month>" + "|".join(_ENGLISH.month_forms) + r")\.?"
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
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY2 = _DAY.replace("?P<day>", "?P<day2>")
_TO = r"\s*(?:-|–|—|\bto\b|\buntil\b|\bthrough\b)\s*"
#: a weekday before a day of a range, with its comma ("to Monday, November 21")
_NAMED_WEEKDAY = r"(?:(?:" + "|".join(_ENGLISH.weekday_forms) + r"),?\s+)?"
#: Ranges of days: "7-10 May 2024", "from 7 to 10 May", "May 7-10", "November 30-December 1, 2021".
_RANGES = [
    re.compile(rf"\b{_DAY}{_TO}{_DAY2}\s+{_MONTH}(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}{_TO}{_DAY2}\b(?!\s*(?:%|percent))(?:,?\s+{_YEAR}\b)?"),
    # (each day may carry its weekday, set off by commas: "from Saturday, November 19, to Monday, November 21, 1977")
    re.compile(rf"\b{_MONTH}\s+{_DAY},?{_TO}{_NAMED_WEEKDAY}{_MONTH2}\s+{_DAY2}\b(?:,?\s+{_YEAR}\b)?"),
    re.compile(rf"\b{_DAY}\s+{_MONTH}{_TO}{_DAY2}\s+{_MONTH2}(?:,?\s+{_YEAR})?\b"),
]
#: Two days joined by "and" ("on June 9 and 10", "9 and 10 June"): one event's two days, when
#: they follow each other ("on 9 and 11 June" are two days apart: each its own).
_AND_RANGES = [re.compile(p.pattern.replace(_TO, r"\s+and\s+")) for p in _RANGES[:2]]
_FULL_MONTH = r"(?P<month>" + "|".join(_ENGLISH.full_month_names) + ")"
#: A month with no day or year, after a word that makes it a time ("next February", "in June").
_MONTH_ALONE = re.compile(
    r"\b(?:(?P<modifier>(?i:next|last|this|coming|past|previous))\s+|(?P<prep>[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|"
    r"[Ee]arly|[Ll]ate|[Mm]id-?|[Ee]nd of|[Bb]eginning of)\s+)" + _FULL_MONTH + r"\b(?!\s*\d)(?!\s+of\s+(?:19|20)\d{2})"
)
#: The day before the publication ("talks held in Moscow the day before").
_DAY_BEFORE = re.compile(r"\b(?:the\s+)?(?:day\s+before|previous\s+day|day\s+earlier)(?=\s*(?:[,.;:)]|$))",
                         re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s+(?:19|20)\d{{2}})(?!\s*(?:%|percent))")
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+{_MONTH}\b(?!,?\s+(?:19|20)\d{{2}})")
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b")
_BARE_YEAR = re.compile(
    # ("of 2021" not before a name: "winners of 2021 Presidential Prize" name a prize)
    rf"\b(?:in|since|by|until|from|during|early|late|mid|fiscal|(?P<of>of))[\s-]{_YEAR}\b(?![-–/]\d)"
    r"(?!\s*(?:%|percent))(?(of)(?!\s+(?-i:[A-Z])))",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"\b(?:(?P<modifier>(?i:last|next|this|this\s+past|this\s+coming|coming|past))\s+)?"
    r"(?P<weekday>" + "|".join(_ENGLISH.weekday_forms) + r")\b"
)
#: "from Wednesday to Saturday", "Monday-Tuesday": days of one event, each named by its weekday.
_WEEKDAY_RANGE = re.compile(
    r"\b(?:from\s+)?(?P<weekday>" + "|".join(_ENGLISH.weekday_forms) + r")" + _TO
    + r"(?P<weekday2>" + "|".join(_ENGLISH.weekday_forms) + r")\b"
)
#: "on Thursday and Friday": one event's two days when they follow each other (as _AND_RANGES).
_WEEKDAY_AND_RANGE = re.compile(_WEEKDAY_RANGE.pattern.replace(_TO, r"\s+and\s+"))
#: (minutes or hours counted back are the page's own day: "signed the memorandum a few minutes ago", on a live page)
_DAY_WORDS = re.compile(r"\b(?P<word>today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)"
                        r"|(?:a\s+few|several|some|a\s+couple\s+of|two|three|\d{1,2}|an?)\s+(?:minutes?|hours?)\s+ago"
                        r"|moments\s+ago)\b", re.I)
_RELATIVE = re.compile(
    r"\b(?:(?P<side>earlier|later)\s+(?P<in_the>in\s+the\s+)?)?(?(in_the)|(?P<modifier>this|next|last|past|coming|previous)\s+)"
    r"(?P<unit>week|month|year)(?:['’]s)?\b",
    re.IGNORECASE,
)
_SEASON = re.compile(
    # "the next fall in prices" is no season: a fall followed by "in" or "of" is left alone.
    r"\b(?P<modifier>this|next|last|past|coming|previous)\s+"
    r"(?P<season>spring|summer|autumn|fall(?!\s+(?:in|of)\b)|winter)(?:['’]s)?\b",
    re.IGNORECASE,
)
_SEASON_YEAR = re.compile(r"\b(?P<season>spring|summer|autumn|fall)\s+(?:of\s+)?" + _YEAR + r"\b", re.IGNORECASE)


#: "a two-day state visit", "a 3-day summit": how many days an event lasts.
_DURATION = re.compile(rf"\b(?P<amount>{_NUMBER})[- ]day\b", re.IGNORECASE)


def duration_days(before: str) -> int | None:
    """The days an event lasts by the words right before its event word ("a two-day " state
    visit, "a 3-day official " visit), if they say."""
    matches = list(_DURATION.finditer(before[-30:]))
    if not matches or len(before[-30:][matches[-1].end():].split()) > 1:
        return None
    days = _number(matches[-1].group("amount"))
    return days if 1 < days <= 14 else None


def resolve_dates(text: str, published: dt.date | None, tense: str | None = None,
                  language: str = DEFAULT_LANGUAGE) -> list[ResolvedDate]:
    """Every date phrase in ``text`` that can be resolved, in order of appearance. A
    language other than English is read from its calendar words (date_language.py); one
    that calendar.yaml does not describe is read as English, as every text was before."""
    tense = tense or sentence_tense(text, language)
    dates = language_dates(language) if language != DEFAULT_LANGUAGE else None
    if dates is not None:
        found = [ResolvedDate(first, last, precision, match.group(group), *match.span(group), kind)
                 for match, first, last, precision, kind, group in find_dates(dates, text, published, tense)]
        return _in_anniversary_year(sorted(found, key=lambda r: r.char_start))
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
    for pattern in _RANGES:
        for match in pattern.finditer(text):
            resolved = resolve_range(match, published, tense)
            if resolved and free(match):
                add(match, *resolved, "day", "explicit")
    for pattern in _AND_RANGES:
        for match in pattern.finditer(text):
            resolved = resolve_range(match, published, tense)
            if resolved and resolved[1] - resolved[0] == dt.timedelta(days=1) and free(match):
                add(match, *resolved, "day", "explicit")
    for pattern in _FULL_DATE:
        for match in pattern.finditer(text):
            date = safe_date(int(match.group("year")), month_number(match.group("month")), int(match.group("day")))
            if date and free(match):
                add(match, date, date, "day", "explicit")
    for match in _MONTH_YEAR.finditer(text):
        if free(match):
            year, month = int(match.group("year")), month_number(match.group("month"))
            add(match, dt.date(year, month, 1), month_end(year, month), "month", "explicit")
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for match in pattern.finditer(text):
            if published and free(match):
                date = nearest_year(published, month_number(match.group("month")), int(match.group("day")), tense)
                if date:
                    add(match, date, date, "day", "explicit")
    for match in _SEASON_YEAR.finditer(text):
        if free(match):
            add(match, *season_range(int(match.group("year")), match.group("season").lower()), "month", "explicit")
    for match in _BARE_YEAR.finditer(text):
        if free(match):
            year = int(match.group("year"))
            add(match, dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "year", group="year")
    if published is not None:
        # ("from Monday to Wednesday"; "on Thursday and Friday" only for days that follow each other)
        for pattern, gaps in ((_WEEKDAY_RANGE, range(1, 7)), (_WEEKDAY_AND_RANGE, (1,))):
            for match in pattern.finditer(text):
                weekdays = _WEEKDAYS[match.group("weekday").lower()], _WEEKDAYS[match.group("weekday2").lower()]
                if free(match) and (weekdays[1] - weekdays[0]) % 7 in gaps:
                    add(match, *resolve_weekday_range(published, *weekdays, tense), "day", "weekday")
        for match in _WEEKDAY.finditer(text):
            if free(match) and not _names_its_date(match, found):
                modifier = match.group("modifier") and match.group("modifier").lower()  # ("Last Friday, ...")
                date = resolve_english_weekday(published, _WEEKDAYS[match.group("weekday").lower()], modifier, tense)
                add(match, date, date, "day", "weekday")
        for match in _MONTH_ALONE.finditer(text):
            if free(match):
                first, last = resolve_month(published, MONTHS[match.group("month").lower()],
                                             (match.group("modifier") or "").lower(), tense)
                add(match, first, last, "month", "relative")
        for match in _DAY_BEFORE.finditer(text):
            if free(match):
                date = published - dt.timedelta(days=1)
                add(match, date, date, "day", "relative")
        for match in _DAY_WORDS.finditer(text):
            if free(match):
                word = " ".join(match.group("word").lower().split())
                offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)  # (today, "this morning")
                date = published + dt.timedelta(days=offset)
                add(match, date, date, "day", "relative")
        for match in _RELATIVE.finditer(text):
            if free(match):
                add(match, *_side_of_today(match, published), "relative")
        for match in _SEASON.finditer(text):
            if free(match):
                season = match.group("season").lower()
                add(match, *resolve_season(published, match.group("modifier").lower(), season), "month", "relative")
    return _in_anniversary_year(sorted(found, key=lambda r: r.char_start))


#: what may stand between a weekday and the date that names its day ("on Wednesday, September 30, 1959").
_WEEKDAY_TO_DATE = re.compile(r",?\s*(?:the\s+)?")


def _names_its_date(match: re.Match, found: list[ResolvedDate]) -> bool:
    """ "on Wednesday, September 30, 1959", "Friday 3 May": a weekday written right before the
    day's date is that date's, not a day counted from the page's (an archive page dated decades
    later would move the event to its own week)."""
    gap = _WEEKDAY_TO_DATE.match(match.string, match.end())
    after = gap.end() if gap else match.end()
    return any(d.char_start == after and d.kind == "explicit" and d.precision == "day" for d in found)


def _side_of_today(match: re.Match, published: dt.date) -> tuple[dt.date, dt.date, str]:
    """ "this month", "earlier in the month": the period, of which "earlier" keeps the days
    before the publication ("met in Bishkek earlier this month" is no event of the day the
    article reports). ("later this year" keeps its whole period, as a plan's end or deadline.)"""
    modifier = (match.group("modifier") or "this").lower()
    first, last, precision = resolve_relative(published, modifier, match.group("unit").lower())
    side = (match.group("side") or "").lower()
    if modifier == "this" and side == "earlier" and first < published:
        last = min(last, published - dt.timedelta(days=1))
    return first, last, precision


_A_YEAR = re.compile(r"\d{4}")


def _in_anniversary_year(found: list[ResolvedDate]) -> list[ResolvedDate]:
    """ "accepted the invitation for 9 May, to the celebrations of the 80th anniversary of
    Victory": a day named without its year, in a sentence that names the anniversary falling
    on that day, is that anniversary's day (not the last 9 May a past tense points to)."""
    days = {(d.first.month, d.first.day): d.first.year for d in found
            if d.kind == "anniversary" and d.precision == "day"}
    if not days:
        return found
    return [replace(d, first=d.first.replace(year=year), last=d.last.replace(year=year))
            if d.kind == "explicit" and d.precision == "day" and d.first == d.last and not _A_YEAR.search(d.phrase)
            and (year := days.get((d.first.month, d.first.day))) not in (None, d.first.year) else d
            for d in found]


#: Every phrase unresolved_phrases finds holds one of these (lowercased): a weekday, a day
#: word, a relative unit, a month's abbreviation (which begins its full name). Most
#: sentences hold none, and looking for these is cheaper than trying the five patterns
#: (the 92,000 sentences of 10,000 undated articles: 1.5 -> 0.65 s).
_UNRESOLVED_WORDS = (*_WEEKDAYS, "today", "yesterday", "tomorrow", "tonight", "night", "week", "month", "year",
                     "day before", "previous day", "day earlier", "morning", "afternoon", "evening",
                     *(name.lower() for name in calendar.month_abbr if name), *SEASON_STARTS)
#: Letters that re.IGNORECASE takes for i and s but str.lower() does not make them.
_CASE_FOLDS = str.maketrans({"ı": "i", "İ": "i", "ſ": "s"})


def unresolved_phrases(text: str, language: str = DEFAULT_LANGUAGE) -> list[tuple[int, int, str]]:
    """Date phrases that need a publication date ("on Wednesday", "this week", "June 30",
    "next spring"), as (start, end, phrase): what an undated article says about when, kept
    so that its date can be estimated later."""
    dates = language_dates(language) if language != DEFAULT_LANGUAGE else None
    if dates is not None:
        return unresolved_in(dates, text)
    lowered = text.translate(_CASE_FOLDS).lower()
    if not any(word in lowered for word in _UNRESOLVED_WORDS):
        return []
    found = []
    for pattern in (_WEEKDAY, _DAY_WORDS, _RELATIVE, _SEASON, _MONTH_DAY, _DAY_MONTH, _MONTH_ALONE, _DAY_BEFORE):
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


def _number(text: str) -> int:
    text = text.lower()
    return int(text) if text.isdigit() else _NUMBER_WORDS[text]

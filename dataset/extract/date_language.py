"""Dates stated in the sentences of a language other than English, read from its calendar
words (``knowledge/calendar.yaml``, ``sentences``): "16 мая 2025 года", "в среду", "на этой
неделе", "2024年5月16日", "上周四", "本周", "am Donnerstag", "jeudi dernier", "el 16 de mayo".

The rules are the ones English dates follow (calendar_math.py): a weekday counted from the
publication date, backwards or forwards by the sentence's tense; a day without a year at the
nearest occurrence the tense points to; "this/next/last week, month, year" against the
publication date. Only the words and the shapes of the phrases are the language's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from ruchina.extract.calendar_math import (
    anniversary_date,
    find_anchor,
    month_end,
    nearest_month,
    nearest_year,
    resolve_month,
    resolve_range,
    resolve_relative,
    resolve_weekday,
    safe_date,
    shift_month,
)
from ruchina.text.calendar_words import CalendarWords, alternation, calendar_words, expand

#: The kinds of pattern, in the order they are tried: a longer phrase first.
_KINDS = ("ranges", "explicit", "month_year", "relative_year", "day_month", "day_alone", "year", "month_alone")
#: The kinds that may hold no digit ("в мае прошлого года").
_WORD_KINDS = ("relative_year", "month_alone")
_STEP = {"this": 0, "next": 1, "last": -1}
#: What a modifier does to a weekday, in the words of calendar_math.resolve_weekday.
_DIGIT = re.compile(r"\d")
_WEEKDAY_STEPS = ("last", "next", "this", "last_week", "next_week")
_RELATIVE_STEPS = ("this", "next", "last")


@dataclass(frozen=True)
class LanguageDates:
    words: CalendarWords
    patterns: dict[str, tuple[re.Pattern[str], ...]]
    weekday: tuple[re.Pattern[str], ...]
    #: modifier (casefolded, spaces collapsed) -> its step
    modifiers: dict[str, str]
    relative: re.Pattern[str] | None
    relative_steps: dict[str, tuple[str, str]]
    day_words: re.Pattern[str] | None
    day_offsets: dict[str, int]
    #: a day word that is also a preposition (casefolded) -> what follows it when it is the day
    day_word_alone: dict[str, re.Pattern[str]]

    def month(self, text: str) -> int:
        return int(text) if text.isdigit() else self.words.months[text.casefold().rstrip(".")]


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


@cache
def language_dates(language: str) -> LanguageDates | None:
    """The compiled date patterns of a language; None when calendar.yaml gives it no `sentences`."""
    words = calendar_words(language)
    if words is None or not words.sentences:
        return None
    data = words.sentences
    modifiers = {_key(form): step for step in _WEEKDAY_STEPS for form in (data.get("modifiers") or {}).get(step) or []}
    parts = {
        "month": alternation(words.month_forms, capitalised=True),
        "weekday": alternation(words.weekday_forms, capitalised=True),
        "modifier": _spaced(words, alternation(list(modifiers), capitalised=True)),
    }
    relative_steps = {
        _key(phrase): (step, unit)
        for unit, steps in (data.get("relative") or {}).items()
        for step in _RELATIVE_STEPS for phrase in (steps or {}).get(step) or []
    }
    years = [phrase for phrase, (_, unit) in relative_steps.items() if unit == "year"]
    parts["relative_year"] = _spaced(words, alternation(years))
    months = [phrase for phrase, (_, unit) in relative_steps.items() if unit == "month"]
    parts["relative_month"] = _spaced(words, alternation(months))
    # An anniversary's number of years, and what it is of (an anchor's name: up to the clause's
    # end where words are spaced, the run of characters before the number where they are not).
    parts["years"] = r"\d{1,3}"
    parts["what"] = r"[^.;:!?,(«»\"]+" if words.spaced else r"[^\W\d_]{2,40}?"
    blocked = "".join(f"(?<!{re.escape(word)}{' ' if words.spaced else ''})" for word in data.get("not_before") or [])
    # Case does not matter in these languages' dates ("Im Mai", "Du 7 au 10 mai", "Каждую среду"):
    # no month or weekday form of theirs is a common word (English's "may" is, and English is
    # read by its own rules).
    patterns = {kind: tuple(re.compile(expand(t, words, parts).pattern, re.IGNORECASE)
                            for t in (data.get("patterns") or {}).get(kind) or [])
                for kind in (*_KINDS, "anniversary")}
    weekday = tuple(re.compile(blocked + expand(t, words, parts).pattern, re.IGNORECASE)
                    for t in data.get("weekday_patterns") or [])
    day_offsets = {_key(phrase): int(offset) for offset, phrases in (data.get("day_words") or {}).items()
                   for phrase in phrases or []}
    return LanguageDates(
        words=words,
        patterns=patterns,
        weekday=weekday,
        modifiers=modifiers,
        relative=_phrases(words, list(relative_steps), ""),
        relative_steps=relative_steps,
        day_words=_phrases(words, list(day_offsets), blocked),
        day_offsets=day_offsets,
        day_word_alone={_key(word): re.compile(after) for word, after in (data.get("day_words_alone") or {}).items()},
    )


def _phrases(words: CalendarWords, phrases: list[str], blocked: str) -> re.Pattern[str] | None:
    if not phrases:
        return None
    body = _spaced(words, alternation(phrases, capitalised=True))
    return re.compile(blocked + expand("{phrase}", words, {"phrase": body}).pattern, re.IGNORECASE)


def _spaced(words: CalendarWords, alternatives: str) -> str:
    """Alternatives of several words, any white space between them."""
    return alternatives.replace("\\ ", " ").replace(" ", words.gap)


Found = tuple[re.Match, dt.date, dt.date, str, str, str | int]  # match, first, last, precision, kind, group


def find_dates(dates: LanguageDates, text: str, published: dt.date | None, tense: str) -> list[Found]:
    """Every date phrase of the language in ``text`` that resolves, not overlapping: the
    phrases that need no publication date first, then the ones counted from it."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match, first: dt.date, last: dt.date, precision: str, kind: str, group: int | str = 0) -> None:
        if all(match.end() <= start or match.start() >= end for start, end in taken):
            taken.append(match.span())
            found.append((match, first, last, precision, kind, group))

    # Every kind but a month alone holds a number: a sentence without a digit skips them.
    kinds = _KINDS if _DIGIT.search(text) else _WORD_KINDS
    for pattern in dates.patterns["anniversary"] if kinds is _KINDS else ():
        for match in pattern.finditer(text):
            anchor = find_anchor(match.group("what"))
            if anchor is not None:
                add(match, *anniversary_date(int(match.group("years")), anchor), "anniversary")
            # An anniversary phrase also hides its anchor's name from the other rules.
            taken.append(match.span())
    for kind in kinds:
        for pattern in dates.patterns[kind]:
            for match in pattern.finditer(text):
                resolved = _resolve(dates, kind, match, published, tense)
                if resolved:
                    add(match, *resolved)
    if published is None:
        return found
    for pattern in dates.weekday:
        for match in pattern.finditer(text):
            if _names_a_stated_day(text, match, taken):
                taken.append(match.span())
                continue
            modifier = next((value for name, value in match.groupdict().items()
                             if name.startswith("modifier") and value), None)
            step = dates.modifiers.get(_key(modifier)) if modifier else None
            date = _weekday(published, dates.words.weekdays[match.group("weekday").casefold()], step, tense)
            add(match, date, date, "day", "weekday")
    if dates.relative is not None:
        for match in dates.relative.finditer(text):
            step, unit = dates.relative_steps[_key(match.group(0))]
            first, last, precision = resolve_relative(published, step, unit)
            add(match, first, last, precision, "relative")
    if dates.day_words is not None:
        for match in _day_words(dates, text):
            date = published + dt.timedelta(days=dates.day_offsets[_key(match.group(0))])
            add(match, date, date, "day", "relative")
    return found


def _day_words(dates: LanguageDates, text: str) -> list[re.Match]:
    """The day words of ``text`` that name a day: a word that is also a preposition only
    where no object of it follows ("накануне в Пекине", the day before; not "накануне
    визита", the eve of the visit, which names no day of its own)."""
    found = []
    for match in dates.day_words.finditer(text):
        follows = dates.day_word_alone.get(_key(match.group(0)))
        if follows is None or follows.match(text, match.end()):
            found.append(match)
    return found


def _names_a_stated_day(text: str, match: re.Match, taken: list[tuple[int, int]]) -> bool:
    """A weekday right before a stated date ("jeudi 16 mai 2024", "el jueves 16 de mayo") is
    that date's weekday, not a day counted from the publication date."""
    rest = text[match.end():match.end() + 4]
    start = match.end() + len(rest) - len(rest.lstrip(" ,\u00a0"))
    return any(begin == start for begin, _ in taken)


def unresolved_in(dates: LanguageDates, text: str) -> list[tuple[int, int, str]]:
    """The phrases that need a publication date (weekdays, relative phrases, days and months
    without a year), as (start, end, phrase); of overlapping ones, the one find_dates takes."""
    patterns = [p for kind in ("relative_year", "day_month", "day_alone", "month_alone") for p in dates.patterns[kind]]
    patterns += [*dates.weekday, *(p for p in (dates.relative, dates.day_words) if p is not None)]
    kept: list[tuple[int, int, str]] = []
    for pattern in patterns:
        for m in (_day_words(dates, text) if pattern is dates.day_words else pattern.finditer(text)):
            if all(m.end() <= start or m.start() >= end for start, end, _ in kept):
                kept.append((m.start(), m.end(), m.group(0)))
    return sorted(kept)


def _resolve(dates: LanguageDates, kind: str, match: re.Match, published: dt.date | None,
             tense: str) -> tuple[dt.date, dt.date, str, str] | tuple[dt.date, dt.date, str, str, str] | None:
    groups = match.groupdict()
    month = dates.month(groups["month"]) if groups.get("month") else None
    if month is not None and not 1 <= month <= 12:
        return None
    if kind == "ranges":
        resolved = resolve_range(_Groups(match, dates), published, tense)
        return (*resolved, "day", "explicit") if resolved else None
    if kind == "explicit":
        date = safe_date(int(groups["year"]), month, int(groups["day"]))
        return (date, date, "day", "explicit") if date else None
    if kind == "month_year":
        year = int(groups["year"])
        return dt.date(year, month, 1), month_end(year, month), "month", "explicit"
    if kind == "year":
        year = int(groups["year"])
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "year", "year"
    if published is None:
        return None
    if kind == "relative_year":  # "в мае прошлого года", "去年5月16日": that year's month or day
        year = published.year + _STEP[dates.relative_steps[_key(groups["relative_year"])][0]]
        if groups.get("day"):
            date = safe_date(year, month, int(groups["day"]))
            return (date, date, "day", "relative") if date else None
        return dt.date(year, month, 1), month_end(year, month), "month", "relative"
    if kind == "day_month":
        date = nearest_year(published, month, int(groups["day"]), tense)
        return (date, date, "day", "explicit") if date else None
    if kind == "day_alone":  # "16日", "本月16日", "16日至17日": a day of a month near the publication
        return _day_alone(dates, groups, published, tense)
    first, last = resolve_month(published, month, "", tense)  # month_alone
    return first, last, "month", "relative"


def _day_alone(dates: LanguageDates, groups: dict, published: dt.date,
               tense: str) -> tuple[dt.date, dt.date, str, str] | None:
    """A day named without its month: of the month a relative phrase names ("上月16日"), else
    of the publication month or the one either side, as the tense points; a second day
    ("16日至17日") ends a range within that month."""
    day = int(groups["day"])
    if groups.get("relative_month"):
        step = _STEP[dates.relative_steps[_key(groups["relative_month"])][0]]
        first = shift_month(published, step, day)
    else:
        first = nearest_month(published, day, tense)
    if first is None:
        return None
    last = first
    if groups.get("day2"):
        last = safe_date(first.year, first.month, int(groups["day2"]))
        if last is None or last <= first:
            return None
    return first, last, "day", "explicit"


class _Groups:
    """A match whose month groups read as numbers, for calendar_math.resolve_range."""

    def __init__(self, match: re.Match, dates: LanguageDates):
        self._groups = {name: (str(dates.month(value)) if name.startswith("month") and value else value)
                        for name, value in match.groupdict().items()}

    def groupdict(self) -> dict:
        return self._groups


def _weekday(published: dt.date, weekday: int, step: str | None, tense: str) -> dt.date:
    """A weekday of the publication week, or of the week before or after it ("上周四")."""
    if step in ("last_week", "next_week"):
        monday = published - dt.timedelta(days=published.weekday())
        return monday + dt.timedelta(days=weekday + (7 if step == "next_week" else -7))
    return resolve_weekday(published, weekday, step, tense)

"""A day written without its year on a page of history, after a date whose year is written out long
before the page ("am 31. Juli 1958 landete X in Peking ... Am 1. August empfing Y seinen Gast ... Der
Besuch endete am 3. August", on a page of 2018): the day of the story's year, not the last one before
the page, which the past tense reads it as. Left so, the story's later days fell in the year before the
page, and the page's history dropped them as told in passing between the story and the page
(history_pages.py): the talks of its second day and the day its visit ended were lost.

Only a day and month written out (an explicit date of one day, no year in its phrase) read within a year
of the page, after a day of the same article that writes its year, or counts back years to it ("六十年前的今天"),
and lies more than a year before the page (a year or month alone, "in 2001", opens no story of days); it moves to the first such day on or after that date, if no more than STORY_REACH after it (a
later day of the story, not one of the page's own weeks), or else to that day of the date's year if no more
than STORY_REACH_BEFORE before it (the days that led to the story's day, told after it). A date that writes a recent year ("in May
2024") ends the story: the days after it are read as before.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from ruchina.extract.calendar_math import safe_date
from ruchina.extract.dates import ResolvedDate, resolve_dates
from ruchina.extract.dates_ago import AGO
from ruchina.extract.event_report import ONE_DAY_TYPES, EventMention
from ruchina.extract.event_words import DEFAULT_LANGUAGE
from ruchina.knowledge.base import calendar_entry

#: the kind of a date named by its weekday (dates.py)
WEEKDAY = "weekday"
#: a year written out in a date's phrase
_A_YEAR = re.compile(r"\d{4}")
#: a date this long before the page or more opens a story of history (event_mentions.LONG_BEFORE)
_HISTORY = dt.timedelta(days=366)
#: the latest a later day of the story may lie after the date that gives its year (a state visit of
#: two months: Mao's stay in Moscow of 1949-1950)
STORY_REACH = dt.timedelta(days=92)
#: the earliest a day of the story may lie before the date that gives its year: a page told from its
#: main day goes back to the days that led to it ("11 February 1965 ... On the way out, on 5 February,
#: he stopped in Beijing"); a month, not a season, so that a page's own days of last winter stay its own
STORY_REACH_BEFORE = dt.timedelta(days=31)
#: the longest run of days written without its year that moves with its first day (a summit's, a visit's)
_RUN = dt.timedelta(days=31)


def dated_in_the_storys_year(mentions: list[EventMention], published: dt.date | None, body: str | None = None,
                             language: str = DEFAULT_LANGUAGE) -> list[EventMention]:
    """The mentions (in the article's order), each one dated by a day without its year (or days: "from
    21 to 23 July"), told after a date of a year long before the page, moved to the story's year. A date
    that writes its year in a sentence of ``body`` that reports no event ("Le 1er octobre 1959, X
    regardait défiler les troupes") gives the story's year as well as one of a report."""
    if published is None:
        return mentions
    told = _stated_days(body, published, language) if body else []
    stated: ResolvedDate | None = None
    result = []
    for mention in mentions:
        date = mention.date
        position = mention.sentence_start + (date.char_start if date is not None and mention.sentence_start >= 0 else 0)
        while told and told[0][0] < position:
            stated = _opens_story(told.pop(0)[1], published)
        if date is not None and not mention.date_is_inherited and date.char_end > 0:
            if _A_YEAR.search(date.phrase) or date.kind == AGO:
                # (a day of a year long before: "am 31. Juli 1958", "六十五年前的今天"; a year or month alone, "in 2001",
                # opens no story of days: "In 2001 we signed the treaty ... on 5 February" may be this year's)
                stated = _opens_story(date, published)
            elif stated is not None and (days := _days_in_the_storys_year(
                    date, stated.first, published, mention.event_type in ONE_DAY_TYPES)) is not None:
                mention = replace(mention, date=replace(date, first=days[0], last=days[1]))
            elif stated is not None and (day := _weekday_of_the_story(mention.sentence, date, stated.first,
                                                                      published, language)) is not None:
                mention = replace(mention, date=replace(date, first=day, last=day))
        result.append(mention)
    return result


def _weekday_of_the_story(sentence: str, date: ResolvedDate, story: dt.date, published: dt.date,
                          language: str) -> dt.date | None:
    """A weekday that names its day of the month ("Tuesday the 24th"), in a story told from ``story``
    long before the page: the first day after ``story`` (within STORY_REACH) of that weekday and that
    day of the month, not the page's last Tuesday. A weekday alone ("on Tuesday") may be the page's
    own, a look-back page telling its day's news: it stays."""
    pattern = _weekday_days(language)
    if (pattern is None or date.kind != WEEKDAY or date.first != date.last or story >= published - _HISTORY
            or not 0 <= date.char_end <= len(sentence)):
        return None
    named = pattern.match(sentence, date.char_end)
    if named is None:
        return None
    number = int(named.group("day"))
    for offset in range(1, STORY_REACH.days + 1):
        day = story + dt.timedelta(days=offset)
        if day.day == number and day.weekday() == date.first.weekday():
            return day
    return None


@cache
def _weekday_days(language: str) -> re.Pattern[str] | None:
    """The language's words after a weekday that name its day of the month (calendar.yaml `weekday_days`)."""
    entry = calendar_entry(language)
    forms = [str(form) for form in entry.get("weekday_days") or []]
    return re.compile("|".join(f"(?:{form})" for form in forms)) if forms else None


def _opens_story(date: ResolvedDate, published: dt.date) -> ResolvedDate | None:
    return date if date.precision == "day" and date.last < published - _HISTORY else None


#: a year long enough before any page to open a story of history, as written in a sentence
_OLD_YEAR = re.compile(r"(?<![\d.,])(?:1[89]|20)\d{2}(?![\d.,]\d)")


def _stated_days(body: str, published: dt.date, language: str) -> list[tuple[int, ResolvedDate]]:
    """The days of ``body`` written with their years (where each starts in the body), in order: only of
    paragraphs that write a year long before the page, the others holding none that opens a story."""
    found, offset = [], 0
    for paragraph in body.split("\n\n"):
        if any(int(year.group()) < published.year - 1 for year in _OLD_YEAR.finditer(paragraph)):
            found += [(offset + d.char_start, d) for d in resolve_dates(paragraph, published, "past", language)
                      if d.precision == "day" and _A_YEAR.search(d.phrase)]
        offset += len(paragraph) + 2
    return found


def _days_in_the_storys_year(date: ResolvedDate, story: dt.date, published: dt.date,
                             one_day: bool = False) -> tuple[dt.date, dt.date] | None:
    """The first and last day of ``date`` in the story's year: a run of days written without its year
    moves as its first day does ("from 21 to 23 July" after "18 July 2000"), where it dates an event
    held over days (a summit, a visit); not talks (``one_day``), held on one day, which a run beside
    them does not date ("the leaders met ..., and from 16 to 19 November delegates gathered")."""
    if date.first == date.last:
        day = in_the_storys_year(date, story, published)
        return None if day is None else (day, day)
    if one_day or not dt.timedelta(0) < date.last - date.first <= _RUN:
        return None
    first = in_the_storys_year(replace(date, last=date.first), story, published)
    return None if first is None else (first, first + (date.last - date.first))


def in_the_storys_year(date: ResolvedDate, story: dt.date, published: dt.date) -> dt.date | None:
    """The day ``date`` (a day and month, read near the page) names in a story told from ``story``: the
    first such day on or after it, within STORY_REACH; None when ``date`` is no such day."""
    if (date.kind != "explicit" or date.precision != "day" or date.first != date.last or _A_YEAR.search(date.phrase)
            or date.first < published - _HISTORY or story >= published - _HISTORY):
        return None
    for year in (story.year, story.year + 1):
        day = safe_date(year, date.first.month, date.first.day)
        if day is not None and story <= day <= story + STORY_REACH:
            return day
    # (a day the weeks before the story's: "On the way there, on 5 February", under "11 February 1965")
    day = safe_date(story.year, date.first.month, date.first.day)
    return day if day is not None and story - STORY_REACH_BEFORE <= day < story else None

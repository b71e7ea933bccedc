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

from ruchina.extract.calendar_math import safe_date
from ruchina.extract.dates import ResolvedDate
from ruchina.extract.dates_ago import AGO
from ruchina.extract.event_report import EventMention

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


def dated_in_the_storys_year(mentions: list[EventMention], published: dt.date | None) -> list[EventMention]:
    """The mentions (in the article's order), each one dated by a day without its year, told after a
    date of a year long before the page, moved to the story's year."""
    if published is None:
        return mentions
    stated: ResolvedDate | None = None
    result = []
    for mention in mentions:
        date = mention.date
        if date is not None and not mention.date_is_inherited and date.char_end > 0:
            if _A_YEAR.search(date.phrase) or date.kind == AGO:
                # (a day of a year long before: "am 31. Juli 1958", "六十五年前的今天"; a year or month alone, "in 2001",
                # opens no story of days: "In 2001 we signed the treaty ... on 5 February" may be this year's)
                stated = date if date.precision == "day" and date.last < published - _HISTORY else None
            elif stated is not None and (day := in_the_storys_year(date, stated.first, published)) is not None:
                mention = replace(mention, date=replace(date, first=day, last=day))
        result.append(mention)
    return result


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

"""On a page that tells its story as held years before it (a title told as an anniversary: "Vor 70
Jahren: ...", "历史上的今天"), a day the text names without its year ("Am 1. Oktober stand X neben
Y", "10月12日，两国政府发表联合宣言") is a day of the story's year, not the last such day before the
page: the story's year is the one of its first report dated by a day with its year ("Am 29.
September 1954 landete X") or counted back from the page's day ("六十五年前的今天"). Read against the
page's own day, the retold parade of 1 October 1954 became one of the year before the page, and the
visit's last day fell decades after its first.

A news page (no such title) keeps its days as the tense reads them: a year named in passing there
("signed in 2001") is background, not the year of the days after it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ruchina.extract.dates import ResolvedDate
from ruchina.extract.dates_ago import AGO
from ruchina.extract.event_report import TITLE, EventMention

_A_YEAR = re.compile(r"\d{4}")
#: a story dated this many years before the page at least is told as history
MIN_YEARS_BACK = 2


def _story_year(mentions: list[EventMention], published: dt.date) -> int | None:
    """The year of the first report (in the text's order) dated by a day with its year, or counted
    back from the page's day, when that is years before the page."""
    dated = sorted((m for m in mentions if m.part != TITLE and m.date is not None and m.date.precision == "day"
                    and (m.date.kind == AGO or _A_YEAR.search(m.date.phrase))),
                   key=lambda m: (m.sentence_start, m.date.char_start))
    if not dated:
        return None
    year = dated[0].date.first.year
    return year if published.year - year >= MIN_YEARS_BACK else None


def _in_year(date: ResolvedDate, year: int) -> ResolvedDate | None:
    try:
        first = date.first.replace(year=year)
        return replace(date, first=first, last=first + (date.last - date.first))
    except ValueError:  # (29 February)
        return None


def days_in_the_storys_year(mentions: list[EventMention], published: dt.date | None,
                            anniversary: bool) -> list[EventMention]:
    """The reports, those dated by a day named without its year, under a title told as an
    anniversary, moved to the story's year."""
    if not anniversary or published is None:
        return mentions
    year = _story_year(mentions, published)
    if year is None:
        return mentions
    result = []
    for mention in mentions:
        date = mention.date
        if (date is not None and date.kind == "explicit" and date.precision == "day" and date.first.year != year
                and not _A_YEAR.search(date.phrase) and (moved := _in_year(date, year)) is not None):
            mention = replace(mention, date=moved)
        result.append(mention)
    return result

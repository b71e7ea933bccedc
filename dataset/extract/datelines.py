"""The dateline opening a story ("BEIJING, May 16 (Reuters) -", "МОСКВА, 16 мая. /ТАСС/.",
"新华社北京5月16日电"), as extraction reads it: its city is the article's place line when the
page prints none (place_line.py's rules then apply: never a call, a sentence's place wins),
and the story's lead is the first sentence after it, not the dateline standing alone.

Which lines are datelines is text/page_datelines.py's (the agencies and shapes are each
language's data in knowledge/calendar.yaml); this module only reads what it finds.
"""

from __future__ import annotations

import datetime as dt
import re

from ruchina.text.page_datelines import dateline_day, dateline_end, dateline_place, stop_dateline_end
from ruchina.text.parsing import DATELINE_PARAGRAPHS
from ruchina.text.sentences import iter_sentences

_LETTER = re.compile(r"[^\W\d_]")


def dateline_place_line(body: str) -> str | None:
    """The city of the dateline opening one of the story's first paragraphs, written as a
    place line is ("BEIJING" as "Beijing", "МОСКВА" as "Москва": names are linked in the
    case they are written in); None when no dateline that names a place opens them."""
    for paragraph in body.split("\n\n", DATELINE_PARAGRAPHS)[:DATELINE_PARAGRAPHS]:
        place = dateline_place(paragraph)
        if place:
            return place.title() if place.isupper() else place
    return None


#: how many days a paper may print a story after the day its dateline says it was filed
MAX_FILING_LAG = 2


def filing_day(body: str, published: dt.date | None) -> dt.date | None:
    """The day the story was filed, when its dateline states one a day or two before the page's
    date ("GETTYSBURG, Pa., Sept. 27 (WNS) --" in the paper of 28 September; an agency's story of
    the evening, posted after midnight): its "today", "tonight" and "on Friday" count from that
    day, not from the paper's. None when no dateline opening the story's first paragraphs states a
    day, or it is the page's own day, or not just before it (a day further off is no filing day:
    an archive line, a misread)."""
    if published is None:
        return None
    for paragraph in body.split("\n\n", DATELINE_PARAGRAPHS)[:DATELINE_PARAGRAPHS]:
        day = dateline_day(paragraph)
        if day is None:
            continue
        month, day_of_month = day
        for filed in _days_of(month, day_of_month, published):
            if 1 <= (published - filed).days <= MAX_FILING_LAG:
                return filed
        return None
    return None


def _days_of(month: int | None, day: int, published: dt.date) -> list[dt.date]:
    """The dates a dateline's day may be, near the page's: of its month in the page's year or the
    year before (filed on 31 December, printed on 1 January); with no month ("ЖЕНЕВА, 14. (ТАСС)."),
    of the page's month or the one before."""
    before = published.replace(day=1) - dt.timedelta(days=1)
    months = [(published.year, month), (published.year - 1, month)] if month else [
        (published.year, published.month), (before.year, before.month)]
    found = []
    for year, of_month in months:
        try:
            found.append(dt.date(year, of_month, day))
        except ValueError:
            continue
    return found


def lead_start(body: str) -> int:
    """Where the story's lead (its first sentence) starts in ``body``: 0, or the first
    sentence with words beyond a dateline that stands as a sentence of its own
    ("МОСКВА, 16 мая. /ТАСС/." before "Владимир Путин провел переговоры ...")."""
    first = body.split("\n\n", 1)[0]
    end = dateline_end(first)
    if end is None:  # (a city standing as a sentence of its own: "Стамбул. Президенты ...")
        end = stop_dateline_end(first)
    if end is None:
        return 0
    for sentence in iter_sentences(first):
        if _LETTER.search(first, max(sentence.start, end), sentence.start + len(sentence.text)):
            return sentence.start
    return len(first) + 2  # the dateline is a paragraph of its own: the lead opens the next


def without_dateline_dates(sentence: str, dates: list) -> list:
    """``dates`` (of ``sentence``) less those inside a dateline opening it, when the sentence
    dates something itself: "MOSCOW, July 2 (Reuters) - Putin will meet Xi on Wednesday" is
    filed on 2 July about a meeting on the Wednesday after. A dateline's day is when the
    story was filed, so it dates an event only when no other date in the sentence does."""
    end = dateline_end(sentence)
    if end is None:
        return dates
    own = [d for d in dates if d.char_start >= end]
    return own if own else dates

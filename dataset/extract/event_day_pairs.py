"""A summit, forum or visit dated by two days that follow each other, named one after the other
and joined by one short word ("the congress runs today and tomorrow", "саммит пройдёт сегодня и
завтра", "der Gipfel tagt heute und morgen"): both days are the event's. The date rules read
each day's phrase on its own, and the report took the first only: a report of the event's last
day ("closed on Saturday") then seemed another event.

Language-independent: the joining word is any one short word between the two phrases, with no
punctuation (a comma or a full stop parts two clauses: "held today, and tomorrow the leaders fly
home"); the days must follow each other.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ruchina.extract.dates import resolve_dates
from ruchina.extract.event_inside import CONTAINER_TYPES
from ruchina.extract.event_report import EventMention

#: one short word alone between the two days' phrases ("and", "und", "и", "et", "y")
_JOINED = re.compile(r"\s+\w{1,4}\s+")
_ONE_DAY = dt.timedelta(days=1)


def dated_by_day_pairs(mentions: list[EventMention], published: dt.date | None,
                       language: str) -> list[EventMention]:
    """The mentions, each of a summit, forum or visit dated by the first (or second) of two
    joined days that follow each other, dated by both."""
    if published is None:
        return mentions
    return [_both_days(m, published, language) or m for m in mentions]


def _both_days(mention: EventMention, published: dt.date, language: str) -> EventMention | None:
    date = mention.date
    if (mention.event_type not in CONTAINER_TYPES or date is None or date.precision != "day"
            or date.first != date.last or date.char_end <= 0 or date.kind not in ("relative", "weekday")):
        return None
    sentence = mention.date_sentence or mention.sentence
    if sentence[date.char_start:date.char_end] != date.phrase:
        return None
    tense = "future" if mention.status == "planned" else "past"
    found = [d for d in resolve_dates(sentence, published, tense, language)
             if d.precision == "day" and d.first == d.last and d.kind == date.kind]
    for one, two in zip(found, found[1:]):
        own = one if one.char_start == date.char_start else two if two.char_start == date.char_start else None
        # (a day word counts from the day its report was dated by: a live page's entry's day)
        shift = own.first - date.first if own is not None and date.kind == "relative" else dt.timedelta(0)
        if own is None or own.first - shift != date.first:
            continue
        if two.first - one.first == _ONE_DAY and _JOINED.fullmatch(sentence[one.char_end:two.char_start]):
            return replace(mention, date=replace(date, first=one.first - shift, last=two.first - shift))
    return None

"""A visit told under way since a day ("Lawrow ist seit Montag zu einem Besuch in China", "X has
been in Beijing since Monday on a visit", "находится в Пекине с визитом с понедельника"): the day
after the language's `since` word (knowledge/event_spans.yaml, which dates the first day of a
dated event under way the same way) is the visit's first day. The sentence rules leave such a
day to no event (it is told as the start of a state, not of an act), and an undated visit told
held is background (event_mentions._background), so the visit row of the day's story was lost.
Only a day-precise day of the week before the story's day, right after the word ("seit Montag"),
of a visit told held (not planned): "the first visit since May" is a month, not a day, "seit
seinem Besuch im Mai" has no day right after the word, and "his visit last year" no such word.
Its later days come from the words that state a duration (event_spans.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ruchina.extract.dates import resolve_dates
from ruchina.extract.event_report import FAMILY, EventMention
from ruchina.extract.event_spans import since_words

#: a visit under way began no longer ago than this (a day further back is another story's)
UNDER_WAY_SINCE = dt.timedelta(days=7)


def dated_since_a_day(mentions: list[EventMention], published: dt.date | None, language: str) -> list[EventMention]:
    """The mentions, an undated visit told under way since a day dated from that day."""
    since = since_words(language)
    if since is None or published is None:
        return mentions
    return [_dated(m, since, published, language) if m.date is None and FAMILY.get(m.event_type) == "visit"
            and m.status == "occurred" and not m.earlier else m for m in mentions]


def _dated(mention: EventMention, since, published: dt.date, language: str) -> EventMention:
    sentence = mention.sentence
    for date in resolve_dates(sentence, published, "past", language):
        if (date.precision != "day" or date.first != date.last or date.first > published
                or date.first < published - UNDER_WAY_SINCE):
            continue
        # (the since-word right before the day: "seit Montag", "since Monday", "depuis lundi")
        if since.search(sentence[:date.char_start]):
            return replace(mention, date=date)
    return mention

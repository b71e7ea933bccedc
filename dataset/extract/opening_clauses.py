"""An event of days dated by a clause right after it that tells when it began: "Yeltsin's three-day
visit to China, which began on Sunday", "the summit, which opened on Monday". The clause stands
after the comma that ends the event word's scope, so the day in it was left to no event (or to the
sentence's other act, "talks on the second day of the visit, which began on Sunday"); the event
begins on that day and lasts the days its words give ("three-day"). The clause's words are the
language's: its relative words (``grammar.relative``) and the words that open an event's first day
(``tense.first_day``, event_opening_days.py). Read only for a visit, a summit or a forum with no day
of its own, and a day told in the past: the article tells when it began; or one the clause tells to
come ("travels to Japan for the summit, which opens on Friday": the coming Friday, not the last).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ruchina.extract.dates import duration_days, resolve_dates
from ruchina.extract.event_report import FAMILY, EventMention
from ruchina.extract.event_words import EventWords
from ruchina.extract.tenses import sentence_tense

#: the families of events that last days and are told begun
_OF_DAYS = frozenset({"visit", "gathering", "forum"})
_COMMA = re.compile(r"\s*,\s*")


def dated_by_an_opening_clause(words: EventWords, mentions: list[EventMention], published: dt.date | None,
                               language: str) -> list[EventMention]:
    """The mentions, those of an event of days with no day, before a clause that tells the day it
    began, dated from that day."""
    return [_dated(words, m, published, language) if m.date is None and FAMILY.get(m.event_type) in _OF_DAYS
            and published is not None else m for m in mentions]


def _dated(words: EventWords, mention: EventMention, published: dt.date, language: str) -> EventMention:
    sentence, (start, end) = mention.sentence, mention.clause
    comma = _COMMA.match(sentence, end)
    relative = words.relative_word.match(sentence, comma.end()) if comma and "," in comma.group() else None
    if relative is None:
        return mention
    tense = "future" if sentence_tense(sentence[relative.end():], language) == "future" else "past"
    for date in resolve_dates(sentence, published, tense, language):
        if date.char_start <= relative.end() or date.precision != "day" or date.first != date.last:
            continue
        opened = words.first_day.search(sentence, relative.end(), date.char_start)
        if opened is None or sentence[relative.end():opened.start()].strip() or (
                date.last > published if tense == "past" else date.first < published):
            return mention  # (the first day after the relative word must be the one it began on)
        # ("three-day" before its own event word)
        word = next((t for t in words.trigger.finditer(sentence, start, end) if t.lastgroup == mention.event_type), None)
        days = duration_days(sentence[:word.start()]) if word else None
        last = date.first + dt.timedelta(days=days - 1) if days else date.first
        return replace(mention, date=replace(date, last=last))
    return mention

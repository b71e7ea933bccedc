"""An event of days dated by a clause right after it that tells when it began: "Yeltsin's three-day
visit to China, which began on Sunday", "the summit, which opened on Monday". The clause stands
after the comma that ends the event word's scope, so the day in it was left to no event (or to the
sentence's other act, "talks on the second day of the visit, which began on Sunday"); the event
begins on that day and lasts the days its words give ("three-day"). The clause's words are the
language's: its relative words (``grammar.relative``) and the words that open an event's first day
(``tense.first_day``, event_opening_days.py). Read only for a visit, a summit or a forum with no day
of its own, and a day told in the past: the article tells when it began; or one the clause tells to
come ("travels to Japan for the summit, which opens on Friday": the coming Friday, not the last).

With no comma, a bound relative word a few words after the event's own (``bound_relative``) opens the
clause too: "leaves today for a state visit to China that will begin on Thursday in Xi'an and end in
Hong Kong on July 3". Its first day is the visit's over the day of the leaving verb before the event's word,
and a day the clause then tells it ending on (``opening_clause_ends``, a place between) its last.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ruchina.extract.dates import duration_days, resolve_dates
from ruchina.extract.event_report import FAMILY, EventMention
from ruchina.extract.event_words import EventWords, listed_words
from ruchina.extract.tenses import sentence_tense

#: the families of events that last days and are told begun
_OF_DAYS = frozenset({"visit", "gathering", "forum"})
_COMMA = re.compile(r"\s*,\s*")
#: how many words (the place: "to China") may stand between the event's word and a bound relative word
_WORDS_TO_RELATIVE = 4
#: how many words (the place: "in Hong Kong") may stand between the words of its end and its last day
_WORDS_TO_LAST_DAY = 5


def dated_by_an_opening_clause(words: EventWords, mentions: list[EventMention], published: dt.date | None,
                               language: str) -> list[EventMention]:
    """The mentions, those of an event of days with no day, before a clause that tells the day it
    began, dated from that day."""
    return [_dated(words, m, published, language) if FAMILY.get(m.event_type) in _OF_DAYS and published is not None
            and (m.date is None or _dated_before_its_word(words, m)) else m for m in mentions]


def _dated_before_its_word(words: EventWords, mention: EventMention) -> bool:
    """ "leaves today for a state visit": the one day of the verb before the event's word, its own sentence's."""
    word = _event_word(words, mention)
    return (mention.date_sentence is None and word is not None and mention.date.precision == "day"
            and mention.date.char_end <= word.start())


def _event_word(words: EventWords, mention: EventMention):
    start, end = mention.clause
    return next((t for t in words.trigger.finditer(mention.sentence, start, end) if t.lastgroup == mention.event_type),
                None)


def _bound_relative(words: EventWords, mention: EventMention, language: str):
    """ "a state visit to China that will ...": the bound relative word a few words after the event's word."""
    bound, word = listed_words(language, "bound_relative"), _event_word(words, mention)
    if bound is None or word is None:
        return None
    pattern = re.compile(rf"\s+(?:[\w'’.-]+\s+){{0,{_WORDS_TO_RELATIVE}}}?(?={bound.pattern})", bound.flags)
    gap = pattern.match(mention.sentence, word.end())
    return bound.match(mention.sentence, gap.end()) if gap else None


def _dated(words: EventWords, mention: EventMention, published: dt.date, language: str) -> EventMention:
    sentence, (start, end) = mention.sentence, mention.clause
    comma = _COMMA.match(sentence, end)
    relative = words.relative_word.match(sentence, comma.end()) if comma and "," in comma.group() else None
    if relative is None and mention.date is not None:
        relative = _bound_relative(words, mention, language)
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
        if mention.date is not None:  # ("that will begin on Thursday in X and end in Y on July 3")
            # (and never before the day of the verb before its word: "arrived today for the forum, which opened")
            last = max(_last_day_told(sentence, date, published, tense, language) or last, mention.date.last)
        return replace(mention, date=replace(date, last=last))
    return mention


def _last_day_told(sentence: str, first, published: dt.date, tense: str, language: str) -> dt.date | None:
    """The day the clause after its first day tells the event ending on, "and end in Hong Kong on July 3"."""
    ends = listed_words(language, "opening_clause_ends")
    if ends is None:
        return None
    for date in resolve_dates(sentence, published, tense, language):
        if date.char_start <= first.char_end or date.precision != "day" or date.first < first.last:
            continue
        gap = sentence[first.char_end:date.char_start]
        told = ends.search(gap)
        between = gap[told.end():].split() if told else []
        if told and len(between) <= _WORDS_TO_LAST_DAY + 1 and not re.search(r"[,;:.!?]", gap[told.start():]):
            return date.last
        return None
    return None

"""An event of several days that an arrival on a named day is for ("the minister landed in
Riga on Monday for a three-day congress"): the event runs from the arrival's day for its
days. The event word itself has no date in its scope, so left alone the report would give
the event no days, and another sentence's day ("spoke at the congress on Tuesday") would
date it by one of its later days alone. An arrival for a summit or a forum whose days the sentence
does not state ("arrived in Tianjin on Sunday for the SCO summit") dates it from the arrival's day
and places it at the arrival's place where it names none: told beside the article's news, it is
no background, and the summit's other reports give its days.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ruchina.extract.dates import duration_days
from ruchina.extract.event_report import FAMILY, EventMention
from ruchina.extract.event_tense import spanning
from ruchina.extract.event_words import EventWords

#: the families of events an arrival with no duration dates, and the words of their names
GATHERINGS, NAME_WORDS = frozenset({"gathering", "forum"}), 4
#: the events an arrival's cue may stand apart from the day before (its verb and place between:
#: "в четверг прилетел в Душанбе на саммит"): a gathering of many, not talks, and the most words
#: of that verb and place
AIMED_AT, _ARRIVAL_WORDS = frozenset({"summit", "forum"}), 5
_BREAK = re.compile(r"[,;:()\[\]—–]")


def dated_by_the_arrival(words: EventWords, mentions: list[EventMention]) -> list[EventMention]:
    """The mentions, an undated one of several days dated from the day of an arrival its
    sentence tells right before it ("arrived on Monday for a three-day congress")."""
    arrivals = [m for m in mentions if FAMILY[m.event_type] == "visit" and _one_day(m)]
    return [_visit_of_arrival(words, m, arrivals) if FAMILY[m.event_type] == "visit"
            else _from_arrival(words, m, arrivals) if m.date is None else m
            for m in mentions]


def _visit_of_arrival(words: EventWords, mention: EventMention, arrivals: list[EventMention]) -> EventMention:
    """A visit's word right after an arrival's day and its cue ("will arrive in Italy on Thursday
    for a state visit lasting until Saturday"): the visit the arrival begins, from its day and at
    its place, whatever the rest of the sentence names ("..., and Rome means to join Beijing's
    plan": a possessive's city, a day of the telling, are not the visit's). Only the visit's own
    word, a few words past the cue with no break: "arrived on Monday for talks, then a visit to
    Y" leaves Y's visit alone."""
    start = _trigger_start(words, mention)
    if start is None:
        return mention
    for arrival in arrivals:  # (its tense too: the arrival's clause holds the verb, "will arrive", "arrived")
        if (arrival is mention or arrival.sentence_key != mention.sentence_key or arrival.location_id is None
                or arrival.date.char_end > start):
            continue
        between = mention.sentence[arrival.date.char_end:start]
        cue = words.arrival_for.match(between)
        if cue and not _BREAK.search(between) and len(between[cue.end():].split()) <= 1:
            # (a span of its own begun before the arrival, on the day of the telling, runs from the
            # arrival to its own last day: "confirmed on Monday ... will arrive on Thursday for a state
            # visit lasting until Saturday"; any other day of its own stays, as it reads it)
            own, date = mention.date, arrival.date
            if own is not None and not own.first < date.first < own.last:
                date = own
            elif own is not None:
                date = replace(date, last=own.last)
            return replace(mention, date=date, location_id=arrival.location_id, status=arrival.status)
    return mention


def _one_day(mention: EventMention) -> bool:
    date = mention.date
    return date is not None and date.precision == "day" and date.first == date.last and date.char_end > 0


def _from_arrival(words: EventWords, mention: EventMention, arrivals: list[EventMention]) -> EventMention:
    start = _trigger_start(words, mention)
    if start is None:
        return mention
    for arrival in arrivals:
        if arrival.sentence_key != mention.sentence_key:
            continue
        between = mention.sentence[arrival.date.char_end:start]
        cue = words.arrival_for.match(between)
        # (only the days between: "for talks and then a two-day ..." is not the arrival's aim)
        days = duration_days(between) if cue and len(between[cue.end():].split()) <= 2 else None
        if days:
            return replace(mention, date=spanning(words, mention.sentence, arrival.date, days))
        if (cue and len(between[cue.end():].split()) <= NAME_WORDS and FAMILY[mention.event_type] in GATHERINGS) or (
                mention.event_type in AIMED_AT and _cue_before_the_word(words, between)):
            # ("arrived in Tianjin on Sunday for the SCO summit": the summit is under way from
            # about that day, at that place where it names none; how long, the text does not say)
            return replace(mention, date=arrival.date, location_id=mention.location_id or arrival.location_id)
    return mention


def _cue_before_the_word(words: EventWords, between: str) -> bool:
    """Whether the text from the arrival's day to the event word is the arrival's verb and
    place, then its cue and the event's name: "в четверг прилетел в Душанбе на саммит",
    "llegó el jueves a Dusambé para la cumbre" (the day stands before the verb)."""
    cues = list(words.arrival_for.finditer(between))
    if not cues or _BREAK.search(between):
        return False
    cue = cues[-1]
    if cue.start() > 0 and not (between[cue.start() - 1].isspace() or between[cue.start()].isspace()):
        return False  # (inside a word: "before")
    return len(between[:cue.start()].split()) <= _ARRIVAL_WORDS and len(between[cue.end():].split()) <= NAME_WORDS


def _trigger_start(words: EventWords, mention: EventMention) -> int | None:
    """Where the mention's event word stands in its sentence: the first of its kind in its scope."""
    start, end = mention.scope
    for found in words.trigger.finditer(mention.sentence, start, end):
        if found.lastgroup == mention.event_type:
            return found.start()
    return None

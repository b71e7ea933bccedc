"""The days a gathering told as ended lasts, where its own report states none but a meeting held
on its sidelines does, naming it by its length: "Der G8-Gipfel ist am Mittwoch zu Ende gegangen.
Am Rande des dreitägigen Treffens traf Hu am Mittwoch X" (the summit ran from Monday to
Wednesday; the meeting keeps its one day, event_spans.py).

Only in an article of one gathering: with two, the sidelines may be the other's.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_endings import told_as_ended
from ruchina.extract.event_mentions import ArticleEvent
from ruchina.extract.event_report import FAMILY
from ruchina.extract.event_words import EventWords
from ruchina.extract.long_stays import stated_length

#: Longer than this is no summit but a period.
_LONGEST = 14
#: the gatherings whose sidelines hold meetings
_GATHERINGS = frozenset({"summit", "forum"})


def days_from_sidelines(words: EventWords, events: list[ArticleEvent], event: ArticleEvent,
                        date: ResolvedDate) -> int | None:
    """The days ``event``, dated by the one day its report tells it ended on, lasts by the sideline
    phrase of a meeting held at it; None where its report does not tell it ended or no such phrase
    gives a length."""
    if not _GATHERINGS & event.types() or any(
            other is not event and _GATHERINGS & other.types() for other in events):
        return None
    if not _told_ended(words, event, date):
        return None
    for other in events:
        for mention in other.mentions:
            # (the meeting may have been taken for the summit told again: its sentence is read all the same)
            if mention.date is date or (mention.date is not None and not
                                        date.first - dt.timedelta(days=_LONGEST) <= mention.date.first <= date.first):
                continue
            for found in words.trigger.finditer(mention.sentence):
                if not words.setting_before.search(mention.sentence, 0, found.start()):
                    continue
                days = stated_length(words.language, mention.sentence, *found.span())
                if days and 1 < days <= _LONGEST:
                    return days
    return None


def _told_ended(words: EventWords, event: ArticleEvent, date: ResolvedDate) -> bool:
    """Whether the report that gives the event its day tells it ended on it ("ist am Mittwoch zu
    Ende gegangen")."""
    told = next((m for m in event.mentions if m.date is date and m.event_type in _GATHERINGS), None)
    if told is None or told.date_is_inherited or date.char_end == 0:
        return False
    return any(FAMILY[found.lastgroup] == FAMILY[told.event_type]
               and told_as_ended(words, told.sentence, found.span(), date)
               for found in words.trigger.finditer(told.sentence))

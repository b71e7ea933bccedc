"""The day an event of several days opened, as its article tells it ("the summit opened on
Saturday evening", "La réunion s'ouvre ce soir", "форум открылся во вторник"): nothing of the
event was held before that day. A lead may date the event by a later day it tells of ("welcomed
the leaders on Sunday for a two-day summit") and a sentence after it tell talks held the day
before the opening, elsewhere; without the opening day those talks, near in time and sharing a
person, were taken for a report of the summit. A report so marked (EventMention.opens) keeps
every report dated before its day out of its event (event_compatibility.compatible).

The words are each language's (knowledge/events_<language>.yaml, tense: first_day), right
before the day's phrase; the rule is here.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_report import FAMILY, EventMention
from ruchina.extract.event_words import EventWords

#: the families of events that last several days
_SPANNING = frozenset({"visit", "forum", "gathering"})
#: how far before the day's phrase its opening words may begin
_REACH = 30


def mark_opening_days(words: EventWords, mentions: list[EventMention]) -> list[EventMention]:
    """The mentions, each of an event of several days dated by the day its sentence says it
    opened marked ``opens``."""
    return [replace(m, opens=True) if _opened_on(words, m) else m for m in mentions]


def _opened_on(words: EventWords, mention: EventMention) -> bool:
    date = mention.date
    if FAMILY[mention.event_type] not in _SPANNING or date is None or date.char_end <= 0:
        return False
    if date.precision != "day" or date.first != date.last or mention.date_sentence is not None:
        return False
    return bool(words.first_day.search(mention.sentence, max(0, date.char_start - _REACH), date.char_start))

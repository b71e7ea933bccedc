"""A summit or forum of a stated length told opening in the present, with no day in its sentence ("as
the three-day summit gets under way across the lake", "le sommet de trois jours s'ouvre"): it opens on
the page's day and lasts its days from it. Left undated, such a gathering is told on no day at all.

Only a gathering no report of the article dates; a day its sentence names ("the three-day summit opens
on Friday") is read by the date rules, and a gathering told opening with no length stays undated.

The verbs are each language's (knowledge/event_spans.yaml, ``opens_now``, right after the event word).
"""

from __future__ import annotations

import datetime as dt
import re

from ruchina.extract.dates import ResolvedDate, resolve_dates
from ruchina.extract.event_endings import span_verbs
from ruchina.extract.event_mentions import ArticleEvent
from ruchina.extract.event_words import EventWords
from ruchina.extract.long_stays import stated_length

#: the gatherings that open and go on for days
_GATHERINGS = frozenset({"summit", "forum"})
#: the most characters between the event word and its verb of opening ("the three-day summit of X opens")
_GAP = 40
#: what no gap may hold: another sentence part
_BREAK = re.compile(r"[,.;:!?()\[\]—–]")
#: Longer than this is no summit but a period.
_LONGEST = 14


def date_gatherings_opening_now(words: EventWords, events: list[ArticleEvent]) -> None:
    """Give each undated gathering told opening now with its length the days from the page's day (in place)."""
    verbs = span_verbs(words.language, "opens_now")
    if verbs is None:
        return
    for event in events:
        if event.date is not None or event.published is None or not _GATHERINGS & event.types():
            continue
        days = next((d for m in event.mentions if m.event_type in _GATHERINGS
                     and (d := _opening_length(words, verbs, m.sentence, m.event_type, event.published))), None)
        if days:
            event.assumed_date = ResolvedDate(event.published, event.published + dt.timedelta(days=days - 1),
                                              "day", "", 0, 0, "relative")
            event.__dict__.pop("date", None)


def _opening_length(words: EventWords, verbs: re.Pattern[str], sentence: str, event_type: str,
                    published: dt.date) -> int | None:
    """The length of the gathering its sentence tells opening now, with no day of its own."""
    if resolve_dates(sentence, published, "past", words.language):
        return None
    for found in words.trigger.finditer(sentence):
        if found.lastgroup != event_type:
            continue
        verb = verbs.search(sentence, found.end(), found.end() + _GAP + 40)
        if not verb or verb.start() - found.end() > _GAP or _BREAK.search(sentence, found.end(), verb.start()):
            continue
        days = stated_length(words.language, sentence, *found.span())
        if days and 1 < days <= _LONGEST:
            return days
    return None

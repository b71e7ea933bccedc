"""A clause that a relative word of time opens right after a day ("The heart of the visit comes on
Tuesday morning, when X is to be received by Y", "в среду, когда ...", "el martes, cuando ..."):
the day is the clause's event's, though it stands before the clause. Read for an event word of
such a clause that has no day of its own (sentence_reports.py), not one past another comma or a
verb of telling ("on Tuesday, when he said he would meet Y": the telling's day, not the meeting's).
The words are each language's ``time_relative`` (knowledge/events_<language>.yaml)."""

from __future__ import annotations

import re

from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_words import EventWords, listed_words

#: what may stand between the day and the comma before the relative word: a part of the day
#: ("Tuesday morning", "el martes por la tarde"), a few words and no stop
_DAY_PART = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}")


def when_clause_date(words: EventWords, sentence: str, clause_start: int, t_start: int,
                     dates: list[ResolvedDate]) -> ResolvedDate | None:
    """The day right before the ", when" that opens the clause of the event word at ``t_start``."""
    opener = None
    for match in words.time_relative.finditer(sentence, max(0, clause_start - 12), t_start):
        opener = match
    if opener is None or "," in sentence[opener.end():t_start]:
        return None
    telling = listed_words(words.language, "telling_verbs")
    if telling is not None and telling.search(sentence, opener.end(), t_start):
        return None
    before = [d for d in dates if d.char_end <= opener.start()]
    if not before:
        return None
    day = max(before, key=lambda d: d.char_end)
    gap = sentence[day.char_end:opener.start()].strip()
    return day if not gap or _DAY_PART.fullmatch(gap) else None

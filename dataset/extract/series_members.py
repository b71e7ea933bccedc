"""An event told as one of a series ("held talks in Moscow on Thursday, the fourth of the regular
meetings the two governments agreed to hold every year"): the habit the clause names is the
series', told in an apposition after the event word; the talks are one event, held that day. A
habit phrase before such an apposition, or in a clause with none ("they hold talks every year"),
still makes the event word a habit (knowledge/events_<language>.yaml: ``habitual``; the
apposition's words, ``series_member``, only where the language lists them).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.event_words import EventWords, listed_words


@lru_cache(maxsize=None)
def _series_member(language: str) -> re.Pattern[str] | None:
    return listed_words(language, "series_member")


def told_as_a_habit(words: EventWords, sentence: str, clause_start: int, clause_end: int, t_end: int) -> bool:
    """Whether a habit phrase of the event word's clause makes it a habit: one that no apposition
    naming the event one of a series stands before, after the event word."""
    series = _series_member(words.language)
    for habit in words.habitual.finditer(sentence, clause_start, clause_end):
        if series is None or habit.start() < t_end or not series.search(sentence, t_end, habit.start()):
            return True
    return False

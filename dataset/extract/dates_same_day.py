"""A day named as another's: "flew in on Thursday from Osaka, where he had opened a fair the
same day", "le même jour", "в тот же день". The phrase names no day of its own: it is the day
the sentence named before it, and without that the event it dates stays undated (or takes
a date of the article's other reports it does not share).

Only a day of the same sentence, before the phrase, is taken: "the same day" opening a
sentence points back to a day the reader has to find elsewhere, which is not guessed here.
The words are each language's (knowledge/calendar.yaml, `same_day`); the rule is here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ruchina.extract.dates import ResolvedDate
from ruchina.knowledge.base import read_knowledge_file
from ruchina.text.calendar_words import alternation

#: the kind of a date taken from the day the sentence named before it
SAME_DAY = "same_day"


@cache
def same_day_pattern(language: str) -> re.Pattern[str] | None:
    """The language's words for "the same day", or None when it has none."""
    entry = (read_knowledge_file("calendar").get("languages") or {}).get(language) or {}
    forms = [str(form) for form in entry.get("same_day") or []]
    return re.compile(rf"(?<!\w)(?:{alternation(forms, capitalised=True)})(?!\w)") if forms else None


def with_same_days(dates: list[ResolvedDate], sentence: str, language: str) -> list[ResolvedDate]:
    """``dates`` (of ``sentence``, in order) and, for each "the same day" after a day, that day."""
    pattern = same_day_pattern(language)
    if pattern is None or not dates:
        return dates
    found = list(dates)
    for match in pattern.finditer(sentence):
        if any(d.char_start < match.end() and match.start() < d.char_end for d in dates):
            continue  # (a phrase a date already covers)
        before = [d for d in dates if d.char_end <= match.start() and d.precision == "day" and d.first == d.last]
        if before:
            found.append(replace(before[-1], phrase=match.group(), char_start=match.start(), char_end=match.end(),
                                 kind=SAME_DAY))
    return sorted(found, key=lambda d: d.char_start)

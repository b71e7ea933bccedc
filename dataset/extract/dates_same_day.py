"""A day named as another's: "flew in on Thursday from Osaka, where he had opened a fair the
same day", "le même jour", "в тот же день"; or as the day before or after it ("held talks on
Friday, and a day earlier met X": Thursday). The phrase names no day of its own: it is the day
the sentence named before it, and without that the event it dates stays undated (or takes
a date of the article's other reports it does not share).

Only a day of the same sentence, before the phrase, is taken: "the same day" opening a
sentence points back to a day the reader has to find elsewhere, which is not guessed here.
The words are each language's (knowledge/calendar.yaml, `same_day`, `day_before`, `day_after`);
the rule is here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from ruchina.extract.dates import ResolvedDate
from ruchina.knowledge.base import calendar_entry
from ruchina.text.calendar_words import alternation, calendar_languages

#: the kind of a date taken from the day the sentence named before it
SAME_DAY = "same_day"


#: the knowledge's words of a day named from another, by how many days they move from it
_SHIFTS = {"same_day": 0, "day_before": -1, "day_after": 1}


@cache
def _shift_patterns(language: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
    entry = calendar_entry(language)
    words = calendar_languages().get(language)
    # (a language written without spaces has no word edges: "当天下午" is "that day" before
    # "afternoon"; a spaced one keeps the phrase from starting or ending inside a word)
    before, after = (r"(?<!\w)", r"(?!\w)") if words is None or words.spaced else ("", "")
    found = []
    for key, shift in _SHIFTS.items():
        forms = [str(form) for form in entry.get(key) or []]
        if forms:
            found.append((shift, re.compile(rf"{before}(?:{alternation(forms, capitalised=True)}){after}")))
    return tuple(found)


def same_day_pattern(language: str) -> re.Pattern[str] | None:
    """The language's words for "the same day", or None when it has none."""
    return next((pattern for shift, pattern in _shift_patterns(language) if shift == 0), None)


@cache
def _same_day_as(language: str) -> re.Pattern[str] | None:
    same_day, joining = same_day_pattern(language), calendar_entry(language).get("same_day_as") or []
    return re.compile(rf"(?:{same_day.pattern})\s*(?:{'|'.join(joining)})(?!\w)") if same_day and joining else None


def same_day_as_another_act(language: str, sentence: str, start: int, end: int) -> bool:
    """Whether "the same day" opens a clause of another act between ``start`` and ``end`` ("came on
    the same day that the ministers met in X": what stands after it is that act's; calendar.yaml's
    `same_day_as`)."""
    pattern = _same_day_as(language)
    return bool(pattern and pattern.search(sentence, start, end))


def with_same_days(dates: list[ResolvedDate], sentence: str, language: str) -> list[ResolvedDate]:
    """``dates`` (of ``sentence``, in order) and, for each "the same day" after a day, that day."""
    patterns = _shift_patterns(language)
    if not patterns or not dates:
        return dates
    found = list(dates)
    for shift, pattern in patterns:
        for match in pattern.finditer(sentence):
            if any(d.char_start < match.end() and match.start() < d.char_end for d in dates):
                continue  # (a phrase a date already covers)
            before = [d for d in dates if d.char_end <= match.start() and d.precision == "day" and d.first == d.last]
            if before:
                day = before[-1].first + dt.timedelta(days=shift)
                found.append(replace(before[-1], first=day, last=day, phrase=match.group(), char_start=match.start(),
                                     char_end=match.end(), kind=SAME_DAY))
    return sorted(found, key=lambda d: d.char_start)

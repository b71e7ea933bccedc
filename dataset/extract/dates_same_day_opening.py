"""A sentence that opens on "the same day" ("Le même jour, il a aussi rencontré X", "Am selben
Tag traf er auch Y", "El mismo día, ..."): the phrase names no day of its own but the day of
the story told before it. A report of that sentence with no day of its own takes the one day
of the last report before it that states one (in the text's order, the lead's or the body's),
as if the sentence had named it; with none before it, it stays undated.

Only an opening phrase: "the same day" after a day in its own sentence is that day
(dates_same_day.py). The words are each language's (knowledge/calendar.yaml, `same_day`).

A day the text gives as known background is not the story's day: "普京是17日晚抵达北京的。
当天下午，……" (the cleft 是…的 recalls the arrival; "that afternoon" is the lead's day). Such a
sentence's day is passed over (calendar.yaml, `given_day`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ruchina.extract.dates_same_day import SAME_DAY, same_day_pattern
from ruchina.extract.event_report import BODY, LEAD, EventMention
from ruchina.knowledge.base import read_knowledge_file

#: how far into its sentence the phrase may begin ("Et le même jour", "Also am selben Tag")
_OPENING_CHARS = 12


def dated_by_the_same_day(mentions: list[EventMention], language: str) -> list[EventMention]:
    """The mentions, each undated one of a sentence that opens on the language's "the same day"
    dated by the one day of the last report before it that states one."""
    pattern = same_day_pattern(language)
    if pattern is None:
        return mentions
    found: list[EventMention] = []
    last_day = None  # (the one day of the last report before, and the sentence it was stated in)
    for mention in mentions:
        if mention.part in (LEAD, BODY) and mention.sentence_start >= 0:
            if mention.date is None and last_day is not None and last_day[1] < mention.sentence_start:
                opening = pattern.search(mention.sentence, 0, _OPENING_CHARS + 40)
                if opening is not None and opening.start() <= _OPENING_CHARS:
                    day = replace(last_day[0], phrase=opening.group(), char_start=opening.start(),
                                  char_end=opening.end(), kind=SAME_DAY)
                    mention = replace(mention, date=day)
            date = mention.date
            if (date is not None and not mention.earlier and date.precision == "day" and date.first == date.last
                    and not _given(mention.sentence, date.phrase, language)):
                last_day = (date, mention.sentence_start)
        found.append(mention)
    return found


@cache
def _given_patterns(language: str) -> tuple[str, ...]:
    entry = (read_knowledge_file("calendar").get("languages") or {}).get(language) or {}
    return tuple(str(form) for form in entry.get("given_day") or [])


def _given(sentence: str, phrase: str, language: str) -> bool:
    """Whether the sentence tells its day ``phrase`` as known background ("是17日晚抵达北京的")."""
    return any(re.search(form.replace("{day}", re.escape(phrase)), sentence) for form in _given_patterns(language))

"""A sentence that opens on "the same day" ("Le même jour, il a aussi rencontré X", "Am selben
Tag traf er auch Y", "El mismo día, ..."): the phrase names no day of its own but the day of
the story told before it. A report of that sentence with no day of its own takes the one day
of the last report before it that states one (in the text's order, the lead's or the body's),
as if the sentence had named it; with none before it, it stays undated.

Only an opening phrase: "the same day" after a day in its own sentence is that day
(dates_same_day.py). The words are each language's (knowledge/calendar.yaml, `same_day`).
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.dates_same_day import SAME_DAY, same_day_pattern
from ruchina.extract.event_report import BODY, LEAD, EventMention

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
            if date is not None and not mention.earlier and date.precision == "day" and date.first == date.last:
                last_day = (date, mention.sentence_start)
        found.append(mention)
    return found

"""A date in the possessive right before an event word ("Wednesday's military parade", "Tuesday's
talks") dates that event word's event, not another's: "the talks came after both leaders attended
the summit in Tianjin and before Wednesday's parade" dates the parade, not the summit (nor the
talks). The possessive's marks are data, ``possessive`` under ``grammar`` in
knowledge/events_<language>.yaml (EventWords.possessive, up to two words between the date and
the event word: "Wednesday's huge military parade"); a language with none has no such dates. A month
or a week counted from the publication date may hold the mark in its own phrase ("next month's
summit"): it dates the event over the day of another clause ("..., his office said on Wednesday").
Read by sentence_reports.py for each event word.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

#: the days around the publication date, nearest first: each weekday is one of them
NEAREST_STEPS = (0, -1, 1, -2, 2, -3, 3)


def possessive_date(words, sentence: str, dates, t_start: int, published: dt.date | None):
    """The date that stands in the possessive right before the event word at ``t_start``, or None.
    A weekday so named is the one nearest the publication date, before or after it ("Wednesday's
    parade", told on Tuesday, is the next day's, whatever the tense of the clause around it: the
    possessive names the event of that week by its day)."""
    date = next((d for d in dates if d.char_end <= t_start and _in_possessive(words, sentence, d, t_start)), None)
    if date is None or date.kind != "weekday" or published is None or date.first != date.last:
        return date
    nearest = next(published + dt.timedelta(days=step) for step in NEAREST_STEPS
                   if (published + dt.timedelta(days=step)).weekday() == date.first.weekday())
    return replace(date, first=nearest, last=nearest)


#: Dates whose phrase may hold the possessive's mark itself ("next month's", "last week's": the
#: date reader takes the mark in): a month or a week counted from the publication date, which no
#: day a clause gives may stand for ("will skip next month's summit, his office said on
#: Wednesday" is no summit of that Wednesday). Not a year: "opened this year's forum on
#: Friday" is the forum of that Friday, which the year holds.
MARKED_PRECISIONS = frozenset({"month", "week"})


def _in_possessive(words, sentence: str, date, t_start: int) -> bool:
    """Whether ``date`` stands in the possessive right before the event word at ``t_start``:
    its mark after the phrase, or ending the phrase itself (MARKED_PRECISIONS)."""
    if words.possessive.match(sentence, date.char_end, t_start):
        return True
    return date.precision in MARKED_PRECISIONS and any(
        words.possessive.match(sentence, end, t_start) for end in range(max(date.char_start, date.char_end - 2),
                                                                        date.char_end))


def dates_of_other_words(words, sentence: str, dates, triggers, t_start: int) -> list:
    """``dates`` less the weekdays in the possessive before another event word of the sentence than
    the one at ``t_start`` (``triggers``: the sentence's (type, start, end) of its event words). A
    weekday names one event's day among a few; "today's meeting", listed beside the day's ceremony
    ("the opening ceremony, and today's meeting"), speaks of the day they share."""
    others = [start for _, start, _ in triggers if start != t_start]
    return [d for d in dates if d.kind != "weekday" or not any(
        d.char_end <= start and words.possessive.match(sentence, d.char_end, start) for start in others)]

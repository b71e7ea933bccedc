"""The last day of a visit the article dates by its first (its arrival), named as such beside a day
of its own sentence: the day in apposition before the visit's word ("Am 12. Oktober, dem letzten Tag
des Besuchs, wurden ...", "on 3 May, the last day of his visit, ..."), or the day the visit's word
runs to right after it ("代表团在华访问至10月12日": the delegation's visit in China lasted to the 12th).
Left alone, the visit kept the one day of its arrival, and the sentence's day either went to no event
(an apposition dates nothing) or made a visit of its own on that day, with the visit's people.

The words between the day and the visit's word are the language's (`last_day_before_visit`,
`last_day_after_visit` in knowledge/events_<language>.yaml), and nothing else may stand between them:
"on 3 May, at the end of a forum, the last day ..." names no visit's day. The day must lie after the
visit's first and within a month of it (a page of history reads a day without its year in the story's
year, story_years.py); the visit must be the article's one visit dated by one day, so which one ended
is known. A visit report the sentence's day made on its own (no other day, its sentence the naming
one) is that visit's report, folded into it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from ruchina.extract.dates import duration_days, resolve_dates
from ruchina.extract.event_report import FAMILY
from ruchina.extract.story_years import in_the_storys_year
from ruchina.extract.visit_departures import give_last_day
from ruchina.knowledge.base import read_knowledge_file

#: a visit longer than this is no visit the day could end
_REACH = dt.timedelta(days=31)


@lru_cache(maxsize=None)
def _cues(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(what stands between a day and the visit's word after it, what stands between the visit's word
    and its day after it), each to be matched whole; None where the language lists none."""
    data = read_knowledge_file(f"events_{language}")
    before = data.get("last_day_before_visit") or []
    after = data.get("last_day_after_visit") or []
    return (re.compile(r"\s*,?\s*(?:" + "|".join(before) + r")\s*", re.IGNORECASE) if before else None,
            re.compile(r"\s*(?:" + "|".join(after) + r")\s*", re.IGNORECASE) if after else None)


def apposed_last_day(words, sentence: str, dates, t_start: int, event_type: str):
    """The day a visit's word at ``t_start`` is told the last of in apposition right before it, with
    the visit's length ("took a boat ride on Monday, the last day of X's four-day state visit"): that
    day, which the length then counts back from (event_tense.spanning), where the visit's word had
    none (the outing's word nearer the day took it). None without a length: the visit's first day
    is then not known."""
    before, _ = _cues(words.language)
    if before is None or FAMILY.get(event_type) != "visit" or not duration_days(sentence[:t_start]):
        return None
    return next((d for d in dates if d.precision == "day" and d.first == d.last and 0 < d.char_end <= t_start
                 and before.fullmatch(sentence, d.char_end, t_start)), None)


def visits_named_to_their_last_day(words, events: list, published) -> list:
    """The events, the article's one visit dated by one day given the later day a sentence names its
    last; a visit report that sentence's day alone made, folded into it. ``words``: the language's
    event words."""
    before, after = _cues(words.language)
    if published is None or (before is None and after is None):
        return events
    visits = [e for e in events if e.family == "visit" and e.participants and not e.earlier
              and e.date is not None and e.date.precision == "day" and e.date.first == e.date.last]
    for event in [e for e in events if e.family == "visit"]:
        for mention in event.mentions:
            day = _named_last_day(words, mention.sentence, before, after, published, visits)
            if day is None:
                continue
            visit, last = day
            if event is not visit:
                if not _made_by_that_day(event, mention, last):
                    continue
                for told in event.mentions:  # (its day is the visit's last, no first day of a visit)
                    visit.add(replace(told, date=None, date_sentence=None))
                events = [e for e in events if e is not event]
            give_last_day(visit, last)
            return events
    return events


def _named_last_day(words, sentence: str, before, after, published, visits):
    """(the visit, its last day) a sentence names; None if it names none, or none of one visit."""
    triggers = [t for t in words.trigger.finditer(sentence) if FAMILY.get(t.lastgroup) == "visit"]
    if not triggers:
        return None
    for date in resolve_dates(sentence, published, "past", words.language):
        if date.precision != "day" or date.first != date.last or date.char_end == 0:
            continue
        named = any((before is not None and t.start() >= date.char_end
                     and before.fullmatch(sentence, date.char_end, t.start()))
                    or (after is not None and date.char_start >= t.end()
                        and after.fullmatch(sentence, t.end(), date.char_start)) for t in triggers)
        if not named:
            continue
        found = []
        for visit in visits:
            first = visit.date.first
            day = in_the_storys_year(date, first, published) or date.first
            if first < day <= first + _REACH:
                found.append((visit, day))
        if len(found) == 1:
            return found[0]
    return None


def _made_by_that_day(event, mention, last) -> bool:
    """Whether the visit report is dated only by the naming sentence's day: no report of it gives another."""
    return (mention.date is not None and mention.date.first == last
            and all(m.date is None or m.date.first == last for m in event.mentions))

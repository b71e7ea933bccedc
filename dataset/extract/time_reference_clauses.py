"""An event word after a time reference ("a day after", "un día después de") that a verb of its own
clause governs: "The summit came a day after Putin held talks with Karimov in Tashkent". The words
between the time reference and the event word hold its clause's verb ("held"; or the event word is
that verb, "a day after Putin met Karimov"): the talks are a report of their own, with their clause's
people and place, not only a date of the other event ("a day before the parade", "days after Putin's
talks": nouns, no verb). Told with no day of their own, they are held as many days from the other
event's day as the reference counts ("a day after": the day before the summit's), the other event's
day being its own report's, else that of the last report of its kind before it, else the lead's.
The words are data, ``time_reference_verbs`` and ``time_reference_days`` (a reference's phrase and
the days it moves the clause's event from the other's) in knowledge/events_<language>.yaml; a
language without them lists none. Read by sentence_reports.py and event_sentences.py.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from ruchina.extract.dates_same_day import SAME_DAY
from ruchina.extract.event_report import LEAD, EventMention
from ruchina.extract.event_words import EventWords, listed_words
from ruchina.knowledge.base import read_knowledge_file


def time_reference_of(words: EventWords, sentence: str, clause_start: int, t_start: int,
                      t_end: int) -> re.Match[str] | None:
    """The time reference before the event word at ``t_start`` that names it only to date another
    event, None where there is none or a verb of its own clause stands from it to the event word's end."""
    reference = words.time_reference.search(sentence, clause_start, t_start)
    if reference is None:
        return None
    verbs = listed_words(words.language, "time_reference_verbs")
    return None if verbs is not None and verbs.search(sentence, reference.start(), t_end) else reference


@lru_cache(maxsize=None)
def _day_shifts(language: str) -> tuple[tuple[re.Pattern[str], int], ...]:
    shifts = (read_knowledge_file(f"events_{language}") or {}).get("time_reference_days") or {}
    return tuple((re.compile(rf"(?<!\w)(?:{phrase})(?!\w)", re.IGNORECASE), int(days))
                 for phrase, days in shifts.items())


def dated_across_time_references(words: EventWords, reports: list[EventMention]) -> list[EventMention]:
    """The reports, each undated one told in a clause of its own after a time reference that counts
    its days ("The summit came a day after Putin held talks with X") dated that many days from the
    other event's day."""
    shifts = _day_shifts(words.language)
    if not shifts:
        return reports
    found = list(reports)
    for index, report in enumerate(reports):
        if report.date is not None or report.scope[0] <= 0:
            continue
        own = next(((match, days) for pattern, days in shifts for match in pattern.finditer(report.sentence)
                    if _clause_after(words, report.sentence, match, report.scope[0])), None)
        if own is None:
            continue
        match, days = own
        other = next((r for r in reports if r.sentence_start == report.sentence_start and r is not report
                      and r.scope[0] <= match.start() < r.scope[1]), None)
        if other is None:
            continue
        day = other.date or _day_of_its_kind(reports[:index], other) or _lead_day(reports)
        if day is None or day.precision != "day" or day.first != day.last:
            continue
        moved = day.first + dt.timedelta(days=days)
        found[index] = replace(report, date=replace(day, first=moved, last=moved, phrase=match.group(),
                                                    char_start=match.start(), char_end=match.end(), kind=SAME_DAY))
        if other.date is None:  # ("The summit came ...": on the day it was counted from, not the talks')
            at = reports.index(other)
            found[at] = replace(found[at], date=replace(day, phrase="", char_start=-1, char_end=-1, kind=SAME_DAY))
    return found


def _clause_after(words: EventWords, sentence: str, match: re.Match[str], t_start: int) -> bool:
    """Whether the time reference at ``match`` reaches the event word at ``t_start`` with a verb of its
    own clause between ("a day after Putin held talks", "a day after Putin met X")."""
    word = words.trigger.match(sentence, t_start)
    reference = words.time_reference.search(sentence, match.start(), t_start)
    return (word is not None and reference is not None and reference.start() == match.start()
            and time_reference_of(words, sentence, match.start(), t_start, word.end()) is None)


def _day_of_its_kind(before: list[EventMention], other: EventMention):
    """The date of the last report before of the other event's kind, dated to one day."""
    return next((r.date for r in reversed(before) if r.event_type == other.event_type and r.date is not None
                 and r.sentence_start < other.sentence_start), None)


def _lead_day(reports: list[EventMention]):
    """The day of the lead's first dated report."""
    return next((r.date for r in reports if r.part == LEAD and r.date is not None), None)

"""The next edition of a gathering told with no day: "The next summit will be held in Kazakhstan",
"Следующая встреча глав государств пройдёт в Казахстане": a summit's or forum's (the next meeting of
two leaders, "their next meeting is planned for September", is theirs to keep). Where it will be held is
often told at a summit's close long before its day is set; a plan with no day is no event of the
article yet, and its host is at no event. A day, a week or a month told after the word "next"
keeps it a plan ("the next summit will be held in Kazan in October"); a year alone does not
("next year in Moscow": still no day). The words are data, ``next_edition`` in
knowledge/events_<language>.yaml, right before the event word with at most two words between
("the next SCO summit"); a language without them lists none. Read by
sentence_reports.py for each event word.

A meeting of a series told with a year alone is no event either: "the next meeting will be held in
Russia in 2003", "the twelfth regular meeting of the heads of government will take place in Moscow in
2007", "Das nächste Treffen soll im kommenden Jahr in Russland stattfinden" (the premiers' or ministers'
yearly meetings, announced at the close of one for the year after). Such a meeting is told as the next
one (``next_edition``) or as one of a series (``series_meeting``: "regular", "annual", "очередная",
"定期"), and the year is its article's or a later one. With no time at all the next meeting of two
leaders stays theirs ("they agreed that their next meeting will take place in Lima"), and a month or a
day keeps any of them a plan.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_report import EVENTS_OF_MANY
from ruchina.extract.event_word_patterns import is_spaced
from ruchina.knowledge.base import read_knowledge_file

#: how many words may stand between "next" and the event word ("the next SCO summit")
WORDS_BETWEEN = 2


@lru_cache(maxsize=None)
def _cue_words(language: str, key: str) -> re.Pattern[str] | None:
    """The words of ``key`` (``next_edition``, ``series_meeting``) right before an event word."""
    data = read_knowledge_file(f"events_{language}") or {}
    entries = data.get(key) or []
    if not entries:
        return None
    words = "|".join(f"(?:{entry})" for entry in entries)
    if is_spaced(data):
        return re.compile(rf"(?:^|(?<=\W))(?:{words})\s+(?:[\w-]+\s+){{0,{WORDS_BETWEEN}}}$", re.IGNORECASE)
    return re.compile(rf"(?:{words})[^，。；、,;]{{0,6}}$")


def next_edition_undated(language: str, sentence: str, event_type: str, clause_start: int, t_start: int,
                         dates: list[ResolvedDate], published: dt.date | None = None) -> bool:
    """Whether the gathering's word at ``t_start`` is told, in its clause, as the next one and none of
    ``dates`` (the sentence's) from "next" on ("next week's summit" too) gives more than a year; or the
    meeting's word as the next or one of a series, with a year from the cue on and nothing finer."""
    if event_type in EVENTS_OF_MANY:
        pattern = _cue_words(language, "next_edition")
        cue = pattern.search(sentence, clause_start, t_start) if pattern is not None else None
        return cue is not None and not any(d.char_end > cue.start() and d.precision != "year" for d in dates)
    if event_type != "meeting":
        return False
    cues = [pattern.search(sentence, clause_start, t_start) for key in ("next_edition", "series_meeting")
            if (pattern := _cue_words(language, key)) is not None]
    cue = min((c for c in cues if c is not None), key=lambda c: c.start(), default=None)
    if cue is None:
        return False
    told = [d for d in dates if d.char_end > cue.start()]
    # (a year before the article's is a meeting of the series held then, told as such: its past)
    return bool(told) and all(d.precision == "year" and (published is None or d.last.year >= published.year)
                              for d in told)

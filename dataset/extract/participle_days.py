"""A day told right after a past participle that opens an aside ("La visite, commencée samedi à
Shanghaï, s'achève ce mardi", "La gira, iniciada el sábado, termina hoy", "Визит, начавшийся в
субботу, завершится во вторник") is a day gone by: the participle tells what has already
happened. The sentence's tense (its present or its future, "s'achève", "завершится") would send
the weekday to the week to come.

Only a participle opening a clause (after a comma, or the sentence's start) with at most two words
between it and the day: "le sommet sera ouvert samedi" is a future passive, no aside. The words are
each language's (knowledge/events_<language>.yaml, `past_participles`).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ruchina.extract.dates import ResolvedDate
from ruchina.knowledge.base import knowledge_file_exists, read_knowledge_file

#: the words a participle and its day may have between them ("commencée le samedi", "начавшийся в субботу")
_BETWEEN = r"(?:[^\W\d_]+\s+){0,2}?"


def days_after_participles(dates: list[ResolvedDate], sentence: str, published: dt.date | None,
                           language: str, read_in_tense) -> list[ResolvedDate]:
    """``dates`` of ``sentence``, each right after a past participle opening an aside read in the
    past (``read_in_tense``: date_clauses.read_in_tense)."""
    pattern = _participle_before(language)
    if pattern is None or published is None or not dates:
        return dates
    marked = [pattern.search(sentence[:d.char_start]) is not None for d in dates]
    if not any(marked):
        return dates
    past = read_in_tense(dates, sentence, published, "past", language)
    return [again if mark else date for date, again, mark in zip(dates, past, marked)]


@cache
def _participle_before(language: str) -> re.Pattern[str] | None:
    if not knowledge_file_exists(f"events_{language}"):
        return None
    forms = [str(form) for form in read_knowledge_file(f"events_{language}").get("past_participles") or []]
    if not forms:
        return None
    alternatives = "|".join(f"(?:{form})" for form in forms)
    return re.compile(rf"(?:^|[,(]\s*)(?:{alternatives})\s+{_BETWEEN}$", re.IGNORECASE)

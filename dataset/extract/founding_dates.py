"""A founding told with its date right after the verb ("the bloc that China and Russia founded
in 2001", "основанная в 2001 году", "fondée en 2001"): that date is the founding's, whatever
day the rest of its sentence gives (the day it reports something else on: "became members on
Friday"). Only a short link word (a preposition) may stand between; no word of any language is
named here. Read by sentence_reports.py for a founding's word; and for any other event word, such a
date after a word of founding (the language's `founded_words`) is none of its own.
"""

from __future__ import annotations

import re

#: between the verb and its date: spaces, and at most one short word ("in", "en", "в", "im")
_LINK = re.compile(r"\s+(?:[^\W\d_]{1,3}\s+)?")


def without_founding_dates(founded: re.Pattern[str] | None, sentence: str, dates: list) -> list:
    """The dates but those right after a word of founding ("un mécanisme créé en 1996", the
    language's `founded_words`): the founding's, no date of another event of the sentence ("Le matin,
    il a coprésidé la 22e rencontre, un mécanisme créé en 1996" was held on the story's day)."""
    if founded is None:
        return dates
    return [d for d in dates if not any(
        _LINK.fullmatch(sentence, m.end(), d.char_start) for m in founded.finditer(sentence, 0, d.char_start))]


def founding_date(sentence: str, dates, t_end: int):
    """The date that follows the founding's word at ``t_end`` right after it, else None."""
    return next((d for d in dates if d.char_start >= t_end and _LINK.fullmatch(sentence, t_end, d.char_start)), None)

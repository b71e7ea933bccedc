"""A founding told with its date right after the verb ("the bloc that China and Russia founded
in 2001", "основанная в 2001 году", "fondée en 2001"): that date is the founding's, whatever
day the rest of its sentence gives (the day it reports something else on: "became members on
Friday"). Only a short link word (a preposition) may stand between; no word of any language is
named here. Read by sentence_reports.py for a founding's word.
"""

from __future__ import annotations

import re

#: between the verb and its date: spaces, and at most one short word ("in", "en", "в", "im")
_LINK = re.compile(r"\s+(?:[^\W\d_]{1,3}\s+)?")


def founding_date(sentence: str, dates, t_end: int):
    """The date that follows the founding's word at ``t_end`` right after it, else None."""
    return next((d for d in dates if d.char_start >= t_end and _LINK.fullmatch(sentence, t_end, d.char_start)), None)

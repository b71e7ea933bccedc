"""An office told with its deputy's word before it: "заместителя председателя КНР", "the deputy chairman
of the PRC", "国家副主席". The holder of the office is not who is meant: the deputy is another man, named
or not, so the office is read as no reference to its holder (event_roles.office_references). The words are
each language's (knowledge/events_<language>.yaml, `deputy_before`)."""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.event_words import listed_words

#: how far before the office its deputy's word may stand ("заместителя председателя": the word right before)
_REACH = 30


@lru_cache(maxsize=None)
def _deputy_at_end(language: str) -> re.Pattern[str] | None:
    words = listed_words(language, "deputy_before")
    return None if words is None else re.compile(rf"(?:{words.pattern})\W*$", words.flags)


def deputys_office(language: str, sentence: str, start: int) -> bool:
    """Whether the office phrase at ``start`` of ``sentence`` is a deputy's."""
    pattern = _deputy_at_end(language)
    return pattern is not None and pattern.search(sentence[max(0, start - _REACH):start]) is not None

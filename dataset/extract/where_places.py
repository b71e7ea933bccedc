"""A place a "where" clause hangs from is the place of the event the clause tells: "Putin is in
Tashkent today, where he held talks with Karimov this morning" puts the talks in Tashkent. The
event word's clause starts at "where" (a relative word ends the clause before it), so the place
before it lies outside the clause and the talks were left with no place.

Only a place right before the relative word (a time word between them at most: "in X today,
where") and after a venue's preposition ("in", "at") is taken: "talks on Syria, where ..." is a
topic, not a venue. The words are each language's ``where_after_place`` (knowledge/events_<language>.yaml):
``where``, the relative words of a place, and ``between``, what may stand between the place and it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.linking import Mention
from ruchina.knowledge.base import read_knowledge_file


@lru_cache(maxsize=None)
def _words(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(what may stand between the place and the clause: a time word, a comma and, where the
    clause starts after it, the relative word; the relative word)"""
    data = read_knowledge_file(f"events_{language}").get("where_after_place")
    if not data:
        return None
    where = rf"(?:{'|'.join(data['where'])})\b"
    gap = rf"(?:\s+(?:{'|'.join(data['between'])}))?\s*,\s*(?P<where>{where}\s*)?"
    return re.compile(gap, re.IGNORECASE), re.compile(where, re.IGNORECASE)


def place_before_where(language: str, sentence: str, places: list[Mention], scope: tuple[int, int],
                       venue_before: re.Pattern[str]) -> Mention | None:
    """The place the event's clause, opening with "where", hangs from; None when it opens otherwise."""
    words = _words(language)
    if words is None:
        return None
    gap, where = words
    for place in places:
        found = gap.fullmatch(sentence, place.end, scope[0]) if place.end <= scope[0] else None
        if found is None or not (found.group("where") or where.match(sentence, scope[0])):
            continue
        if venue_before.search(sentence[max(0, place.start - 48):place.start]):
            return place
    return None

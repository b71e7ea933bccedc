"""The kind of ceremony an `other` event's word names, and ceremonies told apart by it.

A state visit's day holds several ceremonies: the welcome with a guard of honour in the morning, a
wreath at a memorial, the state banquet in the evening. One day, one city, one guest and often the
same hosts: nothing else tells them apart, and within an article they merged into one `other` event
(placed at the memorial, its people everyone's). The word says which ceremony it is: a welcome is
not a banquet. A word naming no kind ("the ceremony", "hosted him") may be any of them, and one
ceremony told twice ("the ceremonial welcome", "welcomed him with a guard of honour") stays one.
The kinds and their words are each language's data (knowledge/events_<language>.yaml,
``ceremony_kinds``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.knowledge.base import read_knowledge_file


def ceremony_kind(language: str, trigger_text: str) -> str:
    """The one kind of ceremony an event word names ("" for none, or for a word naming two)."""
    kinds = {kind for kind, words in _kinds(language) if words.search(trigger_text)}
    return kinds.pop() if len(kinds) == 1 else ""


def ceremonies_apart(kinds_a: frozenset[str], kinds_b: frozenset[str]) -> bool:
    """Two events whose words name ceremonies, none of one kind: two ceremonies."""
    return bool(kinds_a and kinds_b) and kinds_a.isdisjoint(kinds_b)


@lru_cache(maxsize=None)
def _kinds(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = read_knowledge_file(f"events_{language}").get("ceremony_kinds") or {}
    return tuple((kind, re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE))
                 for kind, words in data.items() if words)

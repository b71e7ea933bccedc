"""A group word that counts its people refers back to that many: "the five are due to sit down
with ...", "les cinq dirigeants ont adopté ...". The group a sentence leaves for "the two" is the
people of its last report or of the last sentence naming two or more (event_sentences.py); a bloc's
leaders are often named over several sentences, one or two a sentence ("X lands on Monday ... Y
reaches Durban on Tuesday ... Z and W make up the rest of the group. On Wednesday the five ..."),
and "the five" is then all five, not the last two. So a count of more people than the last group
holds takes as many as it counts of the people named last (each once, the latest first); where the
article has named fewer, the last group stays. The count words are each language's number words
(knowledge/calendar.yaml ``ago.amounts``, three and more).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.knowledge.base import read_knowledge_file

_DIGITS = re.compile(r"\b(\d{1,2})\b")


#: the least a group word counts: "the two" is its own group word (event_sentences.py), "one" none
LEAST_COUNTED = 3


@lru_cache(maxsize=None)
def count_words(language: str) -> dict[str, int]:
    """The language's number words a group word may count its people with, from three up: the
    number words of knowledge/calendar.yaml (``ago.amounts``), kept there once for every rule that
    reads a number written as a word (the group patterns of events_<language>.yaml take them as
    ``{counts}``)."""
    entry = ((read_knowledge_file("calendar").get("languages") or {}).get(language) or {}).get("ago") or {}
    return {str(word).casefold(): int(n) for word, n in (entry.get("amounts") or {}).items()
            if int(n) >= LEAST_COUNTED}


def counted(language: str, group_words: str) -> int | None:
    """The number of people a group word counts ("the five leaders": 5), if it counts them."""
    digits = _DIGITS.search(group_words)
    if digits:
        return int(digits.group(1))
    counts = count_words(language)
    return next((counts[w] for w in re.findall(r"\w+", group_words.casefold()) if w in counts), None)


def counted_group(count: int | None, last_group: tuple[str, ...], named_before: tuple[str, ...]) -> tuple[str, ...]:
    """The people ``count`` refers to: the last group, or where it holds fewer, as many of the people
    named before (``named_before``: each once, in the order last named) as counted, latest first."""
    if count is None or len(last_group) >= count or len(named_before) < count:
        return last_group
    return tuple(named_before[-count:])

"""A capital or country after a noun of one side's stance toward another is that other side, not a
venue: in "the meeting was a chance to gauge Moscow's warming to Washington" or "after its tilt
towards Beijing", Washington and Beijing stand for their governments, and the meeting is held in
neither. "to" is a venue's preposition ("flew to Washington"), so the noun before it decides.

The nouns and their prepositions are each language's ``stance_toward`` (knowledge/events_<language>.yaml),
matched right before the place (an article between: "its pivot to the United States"); a language
that lists none keeps every place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.event_word_patterns import is_spaced
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import read_knowledge_file

#: how far back the noun and its preposition may begin ("rapprochement with the ")
_REACH = 40


def stance_party(language: str, sentence: str, place: Mention) -> bool:
    """Whether the place is the other side of a stance the noun right before it names."""
    pattern = _stance_pattern(language)
    return pattern is not None and pattern.search(sentence[max(0, place.start - _REACH):place.start]) is not None


@lru_cache(maxsize=None)
def _stance_pattern(language: str) -> re.Pattern[str] | None:
    data = read_knowledge_file(f"events_{language}")
    entries = data.get("stance_toward") or []
    if not entries:
        return None
    alternatives = "|".join(f"(?:{e})" for e in entries)
    articles = "|".join((data.get("grammar") or {}).get("articles") or ()) or "(?!)"
    start = r"\b" if is_spaced(data) else ""
    return re.compile(rf"{start}(?:{alternatives})\s+(?:(?:{articles})\s+)?$", re.IGNORECASE)

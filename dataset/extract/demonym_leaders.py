"""The leaders two or more countries' adjectives name before a plural office ("the Brazilian and
Indian presidents", "the French and German leaders"): each country's leader the article names,
as "the heads of Russia and China" gives them (event_roles.leaders_of_countries). The plural
offices are data, ``demonym_leaders`` in knowledge/events_<language>.yaml; the adjectives are the
knowledge base's demonyms of its places. Read by sentence_reports.py beside the other references.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.article_people import ArticlePeople, demonym_places
from ruchina.extract.event_words import EventWords


@lru_cache(maxsize=1)
def _demonyms() -> tuple[dict[str, str], re.Pattern[str]]:
    """demonym ("Chinese") -> its place's name, and one pattern of them all."""
    demonyms = demonym_places()
    return demonyms, re.compile(r"\b(?:" + "|".join(re.escape(d) for d in sorted(demonyms, key=len, reverse=True))
                                + r")\b")


@lru_cache(maxsize=16)
def _pattern(offices: tuple[str, ...], joiners: tuple[str, ...]) -> re.Pattern[str] | None:
    demonyms, adjective = _demonyms()
    if not offices or not joiners or not demonyms:
        return None
    one = f"(?:{adjective.pattern})"
    return re.compile(rf"(?P<list>{one}(?:\s*,\s*{one})*\s+(?:{'|'.join(joiners)})\s+{one})\s+"
                      rf"(?:{'|'.join(offices)})\b")


def leaders_of_demonyms(words: EventWords, sentence: str, people: ArticlePeople) -> list[tuple[int, str]]:
    """(position, person) for each country an adjective names before a plural office, whose leader
    the article names; none unless every adjective's country has one (else the office is no pair)."""
    pattern = _pattern(words.demonym_leaders, words.and_words)
    if pattern is None:
        return []
    demonyms, adjective = _demonyms()
    found = []
    for match in pattern.finditer(sentence):
        start = match.start("list")
        pairs = [(start + m.start(), people.by_country.get(demonyms[m.group()]))
                 for m in adjective.finditer(match["list"])]
        if pairs and all(pid for _, pid in pairs):
            found += pairs
    return found

"""A bare office as the subject of a verb, in a language with no articles: "По завершении
съезда Президент провёл встречу" names the President as "the President" does in English
(where the article before the office marks it: event_words.py's ``bare_office``). It refers
to the article's holder of that office, the one it names most (article_people.ArticlePeople).

The offices and the verb that must follow are the language's ``office_subjects``
(knowledge/events_<language>.yaml). Only the office written alone and right before a verb
counts: "Президент Белоруссии", "Президент Александр Лукашенко" name their own holder, and
"помощник Президента" or "Указом Президента" is no subject (another case, no verb after it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.knowledge.base import read_knowledge_file


@lru_cache(maxsize=None)
def _office_subject(language: str) -> re.Pattern[str] | None:
    data = read_knowledge_file(f"events_{language}").get("office_subjects") or {}
    offices, verb = data.get("offices") or (), data.get("verb")
    if not offices or not verb:
        return None
    alternatives = "|".join(re.escape(office) for office in offices)
    return re.compile(rf"(?<![\w-])(?P<office>{alternatives})\s+(?:{verb})(?![\w-])")


def office_subjects(language: str, sentence: str, by_bare_office: dict[str, str]) -> list[tuple[int, str]]:
    """(position, person id) of each bare office the sentence writes as a verb's subject, for
    an office whose holder the article names (``by_bare_office``: office -> that person)."""
    pattern = _office_subject(language)
    if pattern is None:
        return []
    return [(match.start(), holder) for match in pattern.finditer(sentence)
            if (holder := by_bare_office.get(match.group("office")))]

"""A country's office in lower case after the country's adjective, opening a sentence as its
subject ("The Russian president, who arrived yesterday for a state visit, held talks"): the
leader the article names for that country (article_people.ArticlePeople.by_country), as "the
Chinese leader" is. Only at the opening: elsewhere ("his second meeting with the Russian
president") a page of another year may mean another holder than the one the knowledge base
gives, and a name of the right one is often told nearby; as the subject of a sentence the
office stands for the person the story is about; so it does right after an opening participle's
phrase ("Speaking at the forum, the Russian president said ..."). The words are each language's
`opening_offices` (knowledge/events_<language>.yaml): its articles, its offices and its opening
phrases.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.knowledge.base import read_knowledge_file


@lru_cache(maxsize=None)
def _opening_office(language: str, demonyms: tuple[str, ...]) -> re.Pattern[str] | None:
    data = read_knowledge_file(f"events_{language}").get("opening_offices") or {}
    articles, offices = data.get("articles") or (), data.get("offices") or ()
    if not articles or not offices or not demonyms:
        return None
    return re.compile(rf"\s*(?:{'|'.join(articles)})\s+(?P<demonym>"
                      + "|".join(re.escape(d) for d in sorted(demonyms, key=len, reverse=True))
                      + rf")\s+(?:{'|'.join(offices)})\b(?!\s+[A-Z])")


@lru_cache(maxsize=None)
def _opening_phrase(language: str) -> re.Pattern[str] | None:
    phrases = (read_knowledge_file(f"events_{language}").get("opening_offices") or {}).get("opening_phrases")
    return re.compile(rf"\s*(?:{'|'.join(phrases)})") if phrases else None


def opening_office_subject(language: str, sentence: str, demonyms: dict[str, str], by_country: dict[str, str],
                           named: frozenset[str]) -> list[tuple[int, str]]:
    """(position, person id) of the leader a sentence opening with "The <Country> <office>"
    refers to (``demonyms``: adjective -> its country's name), when the article names that
    country's leader; none when a name follows the office ("The Russian president Vladimir
    Putin" names him anyway)."""
    pattern = _opening_office(language, tuple(demonyms))
    match = pattern.match(sentence) if pattern is not None else None
    if match is None and pattern is not None and (phrase := _opening_phrase(language)) is not None \
            and (opened := phrase.match(sentence)) is not None:
        match = pattern.match(sentence, opened.end())  # ("Speaking at the forum, the Russian president")
    if match is None:
        return []
    holder = by_country.get(demonyms[match.group("demonym")])
    return [(match.start("demonym"), holder)] if holder in named else []

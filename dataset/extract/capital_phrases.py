"""A country's capital named by the country's demonym, "the Tajik capital", "the Chinese
capital": a place, the city the knowledge base gives as the country's `capital`, so that "talks
in the Tajik capital" are placed in Dushanbe. The words for a capital are each language's
(`capital_words` in knowledge/events_<language>.yaml); the demonyms and capitals are the
knowledge base's. Read by event_places.py beside the sentence's linked places."""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.linking import Mention
from ruchina.knowledge.base import entity_catalog, read_knowledge_file


@lru_cache(maxsize=None)
def _capital_phrases(language: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The pattern of "the <demonym> <capital word>" in ``language`` (the article makes it the city:
    "Chinese capital markets" are money) and each demonym's capital's id."""
    words = read_knowledge_file(f"events_{language}").get("capital_words") or []
    catalog = entity_catalog()
    capital_of = {demonym: catalog.named(country.capital).entity_id
                  for country in catalog.entities.values() if country.capital for demonym in country.demonyms}
    if not words or not capital_of:
        return None, {}
    demonyms = "|".join(re.escape(d) for d in sorted(capital_of, key=len, reverse=True))
    capitals = "|".join(words)  # (regular expressions, as the language's other event words)
    return re.compile(rf"\b(?<=the )(?P<demonym>{demonyms})\s+(?:{capitals})\b"), capital_of


def capital_mentions(sentence: str, language: str) -> list[Mention]:
    """Each "<demonym> capital" of the sentence as a mention of the capital city (its span the
    phrase's, from the demonym, so that "in the " before it reads as a venue's preposition)."""
    pattern, capital_of = _capital_phrases(language)
    if pattern is None:
        return []
    catalog = entity_catalog()
    found = []
    for match in pattern.finditer(sentence):
        city = catalog.get(capital_of[match.group("demonym")])
        found.append(Mention(match.start(), match.end(), match.group(0), city.entity_id, city.name, city.entity_type,
                             True))
    return found

"""A country's capital named through the country: by its demonym ("the Tajik capital", "la capital
brasileña", "в бразильской столице") or by its name ("the capital of Brazil", "la capitale du
Brésil", "Brasiliens Hauptstadt", "столица Бразилии", "巴西首都"): a place, the city the knowledge
base gives as the country's `capital`, so that "talks in the Tajik capital" are placed in Dushanbe.

The data is each language's (knowledge/events_<language>.yaml): `capital_words`, the words for a
capital, and `capital_phrases`, where the country stands beside them ({capital}: a capital word;
{demonym}: one of the country's demonyms; {country}: a mention of the country the sentence's
linking found). The demonyms are the language's `country_adjectives` (the stems of a language
that inflects them), else the knowledge base's (entities.yaml's `demonyms`). Read by event_places.py beside the sentence's linked places."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ruchina.extract.linking import Mention
from ruchina.knowledge.base import entity_catalog, read_knowledge_file


@dataclass(frozen=True)
class _CapitalPhrases:
    #: "the <demonym> <capital word>", each demonym's capital's id
    by_demonym: tuple[re.Pattern[str], ...]
    capital_of_demonym: dict[str, str]
    #: (the text right before a country's mention, the text right after it): "capital of " + "Brazil"
    around_country: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]


def _demonyms(language: str, data: dict) -> tuple[str, dict[str, str], int]:
    """(the pattern of a country's demonym in ``language``, each demonym -> its country's capital's
    id, the flags to match with): the stems of the language's `country_adjectives` followed by any
    ending ("бразильск" of "бразильской"), else the knowledge base's demonyms as written ("Tajik")."""
    catalog = entity_catalog()
    stems = data.get("country_adjectives") or {}
    if stems:
        pairs = [(str(stem).lower(), catalog.named(country)) for country, forms in stems.items() for stem in forms]
    else:
        pairs = [(demonym, country) for country in catalog.entities.values() for demonym in country.demonyms]
    capital_of = {demonym: catalog.named(country.capital).entity_id for demonym, country in pairs if country.capital}
    alternatives = "|".join(re.escape(d) for d in sorted(capital_of, key=len, reverse=True))
    if stems:
        return rf"(?P<demonym>{alternatives})\w*", capital_of, re.IGNORECASE
    return rf"(?P<demonym>{alternatives})", capital_of, 0


@lru_cache(maxsize=None)
def _capital_phrases(language: str) -> _CapitalPhrases | None:
    data = read_knowledge_file(f"events_{language}")
    words, templates = data.get("capital_words") or [], data.get("capital_phrases") or []
    if not words or not templates:
        return None
    capital = "(?:" + "|".join(words) + ")"  # (regular expressions, as the language's other event words)
    demonym, capital_of, flags = _demonyms(language, data)
    by_demonym, around = [], []
    for template in templates:
        if "{country}" in template:
            before, after = template.split("{country}")
            around.append((re.compile(before.replace("{capital}", capital) + "$", re.IGNORECASE),
                           re.compile(after.replace("{capital}", capital), re.IGNORECASE)))
        elif capital_of:
            by_demonym.append(re.compile(template.replace("{capital}", capital).replace("{demonym}", demonym), flags))
    return _CapitalPhrases(tuple(by_demonym), capital_of, tuple(around))


def capital_mentions(sentence: str, language: str, mentions: list[Mention] = ()) -> list[Mention]:
    """Each phrase of the sentence that names a capital through its country, as a mention of the
    capital city (its span the phrase's, so that "in the " or "en la " before it reads as a venue's
    preposition). ``mentions``: the sentence's linked entities, among them the countries."""
    phrases = _capital_phrases(language)
    if phrases is None:
        return []
    catalog = entity_catalog()
    found = []
    for pattern in phrases.by_demonym:
        for match in pattern.finditer(sentence):
            city = catalog.get(phrases.capital_of_demonym[match.group("demonym").lower() if pattern.flags & re.IGNORECASE
                                                          else match.group("demonym")])
            found.append(_mention(match.start(), match.end(), sentence, city))
    for country in mentions:
        entity = catalog.get(country.entity_id)
        if entity is None or not entity.capital:
            continue
        for before, after in phrases.around_country:
            head, tail = before.search(sentence, 0, country.start), after.match(sentence, country.end)
            if head and tail and (head.start() < country.start or tail.end() > country.end):
                found.append(_mention(head.start(), tail.end(), sentence, catalog.named(entity.capital)))
                break
    return found


def with_capitals(places: list[Mention], sentence: str, language: str) -> list[Mention]:
    """The sentence's places with the capitals it names through their countries: a capital's phrase
    stands for the country named inside it ("the capital of Brazil" is Brasília, not Brazil)."""
    capitals = [c for c in capital_mentions(sentence, language, places)
                if not any(m.start < c.end and c.start < m.end and not c.start <= m.start <= m.end <= c.end
                           for m in places)]
    inside = [m for m in places if any(c.start <= m.start and m.end <= c.end for c in capitals)]
    return [m for m in places if m not in inside] + capitals


def _mention(start: int, end: int, sentence: str, city) -> Mention:
    return Mention(start, end, sentence[start:end], city.entity_id, city.name, city.entity_type, True)

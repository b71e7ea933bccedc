"""The article's visitor referred to by a role noun, not by name: "Putin hatte den Gast im Kreml
empfangen", "Der Gast aus Peking war am Sonntag gelandet". The guest is the one person the article
has named before, of a country other than the host's: the country of the people the sentence names
(the host receiving him), else of the place it names (where he landed); or, where the noun says
where the guest comes from ("der Gast aus Peking"), of that place's country. None where two or more
people of the article would fit, nor before a name (the name says who), nor a guest of something
("the guests of the forum", plural; "the guest of honour": the patterns leave them out). The nouns
are data: ``guest_nouns`` and the words of his origin, ``guest_origins``, in
knowledge/events_<language>.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.article_people import ArticlePeople
from ruchina.extract.event_words import listed_words
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import country_of, entity_catalog, read_knowledge_file
from ruchina.knowledge.office_terms import countries_served

#: how far after the guest's noun his origin's place may start ("der Gast aus Peking")
ORIGIN_REACH = 8


@lru_cache(maxsize=4096)
def person_countries(pid: str) -> frozenset[str]:
    """The countries a person holds or held an office of (his role; offices.yaml's terms)."""
    entity = entity_catalog().get(pid)
    own = {entity.office_country} if entity is not None and entity.office_country else set()
    return frozenset(own | countries_served(pid))


def guest_references(language: str, sentence: str, mentions: list[Mention],
                     people: ArticlePeople) -> list[tuple[int, str]]:
    """(position, person) of each role noun of the article's visitor in the sentence."""
    nouns = listed_words(language, "guest_nouns")
    if nouns is None or not people.named_before:
        return []
    origins = listed_words(language, "guest_origins")
    persons = [m for m in mentions if m.entity_type == "PERSON"]
    places = [m for m in mentions if m.entity_type == "GPE"]
    found = []
    for match in nouns.finditer(sentence):
        after = sentence[match.end():match.end() + 40]
        if any(m.start == match.end() + len(after) - len(after.lstrip(" ,")) for m in persons):
            continue  # ("the guest, Li Keqiang": named anyway)
        origin = next((m for m in places if origins is not None and match.end() < m.start <= match.end() + ORIGIN_REACH
                       and origins.fullmatch(sentence[match.end():m.start].strip())), None)
        if origin is not None:
            guest_side = {country_of(origin.entity_id)}
            fits = [pid for pid in people.named_before if person_countries(pid) & guest_side]
        else:
            hosts = set().union(*(person_countries(m.entity_id) for m in persons)) if persons else set()
            hosts = hosts or {country for m in places if (country := country_of(m.entity_id))}
            if not hosts:
                continue
            fits = [pid for pid in people.named_before
                    if (countries := person_countries(pid)) and not countries & hosts]
        if len(fits) == 1:
            found.append((match.start(), fits[0]))
    return found + _titled_guests(language, sentence, mentions, people, {position for position, _ in found})


def _titled_guests(language: str, sentence: str, mentions: list[Mention], people: ArticlePeople,
                   taken: set[int]) -> list[tuple[int, str]]:
    """(position, person) of each title with a country's demonym that stands for the one person named
    before of that country: "Gorbachev would receive the Chinese minister on Friday" after "Qian
    Qichen flew into Moscow" (``guest_titles``, {demonym}: a word of the knowledge base's demonyms).
    None where two of that country were named, nor before a name (the name says who)."""
    titles = _guest_titles(language)
    if titles is None:
        return []
    persons = [m for m in mentions if m.entity_type == "PERSON"]
    found = []
    for match in (m for title in titles for m in title.finditer(sentence)):
        if match.start() in taken or any(match.end() <= m.start <= match.end() + 2 for m in persons):
            continue  # ("the Chinese minister Qian": named anyway)
        country = _demonym_countries().get(match.group("demonym").lower())
        fits = [pid for pid in people.named_before if country in person_countries(pid)]
        if country and len(fits) == 1:
            found.append((match.start(), fits[0]))
    return found


@lru_cache(maxsize=None)
def _demonym_countries() -> dict[str, str]:
    return {demonym.lower(): entity.name for entity in entity_catalog().entities.values()
            for demonym in entity.demonyms}


@lru_cache(maxsize=None)
def _guest_titles(language: str) -> tuple[re.Pattern[str], ...] | None:
    titles = read_knowledge_file(f"events_{language}").get("guest_titles") or []
    demonyms = "|".join(sorted({re.escape(d) for entity in entity_catalog().entities.values() for d in entity.demonyms},
                               key=len, reverse=True))
    return tuple(re.compile(t.replace("{demonym}", f"(?P<demonym>{demonyms})")) for t in titles) \
        if titles and demonyms else None


def guest_title_at(language: str, sentence: str, position: int) -> bool:
    """Whether a guest's title (``guest_titles``) begins at ``position``: "received the Chinese minister"."""
    return any(title.match(sentence, position) for title in _guest_titles(language) or ())

"""An office of a country named by its adjective, not by a name: "the Russian minister", "китайского
премьера", "el jefe de la diplomacia rusa". Such a phrase is the one person the article names who holds
that office of that country (the knowledge base's `role`, or the office's holder in the article's
year: offices.yaml); none where the article names no one or several who do, and none before a name
(the name says who). Not a country's leader ("the Chinese leader": event_roles.py), whose office the
phrase does not give. The phrases are data, ``country_offices`` in knowledge/events_<language>.yaml:
the knowledge base's office, then patterns with ``{country}`` where the adjective stands.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.article_people import ArticlePeople, demonym_places
from ruchina.extract.event_words import EventWords, event_words
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import entity_catalog
from ruchina.knowledge.office_terms import office_holder

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=None)
def _patterns(language: str) -> tuple[tuple[str, ...], tuple[tuple[str, re.Pattern[str]], ...]]:
    """The first words of the language's adjectives, in lower case (to pass over a sentence none of
    whose words begins as one: the patterns' long alternation is slow to search), and (office,
    compiled pattern) for each entry, the adjective in the group ``demonym``: the language's stems,
    or the knowledge base's demonyms where it has none (English). Read once a language."""
    words = event_words(language)
    if not words.country_offices:
        return (), ()
    adjectives = (tuple(sorted(words.country_adjectives, key=len, reverse=True)) or
                  tuple(sorted(demonym_places(), key=len, reverse=True)))
    country = "(?P<demonym>" + "|".join(re.escape(a) for a in adjectives) + ")"
    return tuple(a.split()[0].lower() for a in adjectives), tuple(
        (office, re.compile(entry.replace("{country}", country), re.IGNORECASE))
        for office, patterns in words.country_offices.items() for entry in patterns)


def _country(words: EventWords, demonym: str) -> str | None:
    if words.country_adjectives:
        return words.country_adjectives.get(demonym.lower())
    return next((place for name, place in demonym_places().items() if name.lower() == demonym.lower()), None)


def office_person(office: str, country: str, people: ArticlePeople) -> str | None:
    """The one person the article names who holds ``office`` (or an office it begins: "Minister"
    is every minister's) of ``country``; None where it names no one or several."""
    catalog = entity_catalog()
    found = set()
    for pid in people.named:
        entity = catalog.get(pid)
        role = entity.role if entity is not None and entity.entity_type == "PERSON" else None
        if role and role.startswith(office) and role.endswith(f" of {country}"):
            found.add(people.dated_roles.get(role, pid))
    # (one the knowledge base gives no office of today: the premier of the article's year)
    if (holder := office_holder(f"{office} of {country}", people.year)) is not None:
        found.add(holder)
    found &= people.named
    return found.pop() if len(found) == 1 else None


def country_office_references(words: EventWords, sentence: str, mentions: list[Mention],
                              people: ArticlePeople) -> list[tuple[int, str]]:
    """(position, person) of each office of a country its adjective names in the sentence."""
    starts, patterns = _patterns(words.language)
    if not starts or not any(word.startswith(starts) for word in _WORD.findall(sentence.lower())):
        return []
    names_at = {m.start for m in mentions if m.entity_type == "PERSON"}
    found = []
    for office, pattern in patterns:
        for match in pattern.finditer(sentence):
            after = sentence[match.end():match.end() + 40]
            if match.end() + len(after) - len(after.lstrip(" ,")) in names_at:
                continue  # ("the Russian minister, Sergei Lavrov": the name says who)
            country = _country(words, match.group("demonym"))
            if country and (holder := office_person(office, country, people)):
                found.append((match.start(), holder))
    return found

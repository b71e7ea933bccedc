"""The names of the places the knowledge base knows, case folded, as the page's lines are read
against them: a byline's place, a dateline's head, a city alone above a date line. Only a place
the knowledge base knows names one there (a menu's "Sign in Subscribe" is no byline, "UPDATE:" no
dateline).
"""

from __future__ import annotations

from functools import lru_cache

from ruchina.knowledge.base import entity_catalog

_PLACE_TYPES = ("GPE", "LOC")


@lru_cache(maxsize=1)
def known_place_names() -> frozenset[str]:
    """Every name of a city, country or region the knowledge base knows, case folded."""
    return frozenset(name.casefold() for entity in entity_catalog().entities.values()
                     if entity.entity_type in _PLACE_TYPES
                     for name in (entity.name, *entity.aliases, *entity.names_in_languages))


@lru_cache(maxsize=1)
def known_city_names() -> frozenset[str]:
    """Every name of a city (a place the knowledge base puts inside another) or a venue, case
    folded: where a story is filed from, as a country or a region ("China", "Europe") names a
    page's section more often than it does that."""
    return frozenset(name.casefold() for entity in entity_catalog().entities.values()
                     if (entity.entity_type == "GPE" and entity.located_in) or entity.entity_type == "FAC"
                     for name in (entity.name, *entity.aliases, *entity.names_in_languages))

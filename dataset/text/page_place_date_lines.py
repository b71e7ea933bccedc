"""A date line that opens with the place the story is filed from ("Hamburg, 08.07.2017, 18:05
Uhr", "Fortaleza (Brasil), 15 de julio de 2014 - 19:05", "Pekín, 26 feb 2022 (10:15)"),
printed between a page's headline and its story, as a wire story's dateline opens its lead:
its place is the story's place line, and the paragraph under it is the story's lead, not a
dek (page_layout.py). Only a place the knowledge base knows, then a comma, then a date line
(page_dates.read_date_line, in any language's words). So is a city's name alone on its line
right above the date line ("LONDON" over "Wed 1 Apr 2009 21.15 BST"), as a byline's place is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.knowledge.base import entity_catalog
from ruchina.text.page_bylines import known_place_names
from ruchina.text.page_dates import read_date_line

#: the place (up to three words), a country in brackets after it, a comma, the date line
_PLACE_FIRST = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-ÞА-Я][\w'’.-]+(?:[\s-][A-ZÀ-ÖØ-ÞА-Я][\w'’.-]+){0,2})(?:\s*\([^()]{2,40}\))?,\s+(?P<date>.+)$")
#: a date line is short
_MAX_WORDS = 12


def date_line_place(line: str) -> str | None:
    """The known place that opens the date line ``line``, as written; None when it is no such line."""
    line = " ".join(line.split())
    found = _PLACE_FIRST.match(line)
    if (found is None or len(line.split()) > _MAX_WORDS
            or found.group("place").casefold() not in known_place_names()):
        return None
    return found.group("place") if read_date_line(found.group("date"), any_language=True) else None


#: a city's name alone on its line, in capitals as a dateline writes it or as a name is ("LONDON")
_CITY_ALONE = re.compile(r"^[A-ZÀ-ÖØ-ÞА-Я][\w'’.-]+(?:[\s-][A-ZÀ-ÖØ-ÞА-Я][\w'’.-]+){0,2}$")


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """Every name of a city the knowledge base knows (a place inside another), case folded: a
    country's or a region's name alone on a line is as often a section's label ("CHINA")."""
    return frozenset(name.casefold() for entity in entity_catalog().entities.values()
                     if entity.entity_type == "GPE" and entity.located_in
                     for name in (entity.name, *entity.aliases, *entity.names_in_languages))


def place_above_date_line(lines: list[str]) -> str | None:
    """A known city's name alone on its line right above a date line ("LONDON" over "Wed 1 Apr
    2009 21.15 BST"), among the page's lines between headline and story: the story's place
    line, as a dateline's city is; written as a place line is ("LONDON" as "London")."""
    for line, below in zip(lines, lines[1:]):
        line = " ".join(line.split())
        if (_CITY_ALONE.match(line) and line.casefold() in _city_names()
                and read_date_line(below, any_language=True) is not None):
            return line.title() if line.isupper() else line
    return None

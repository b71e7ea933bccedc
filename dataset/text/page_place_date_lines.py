"""A date line that opens with the place the story is filed from ("Hamburg, 08.07.2017, 18:05
Uhr", "Fortaleza (Brasil), 15 de julio de 2014 - 19:05", "Pekín, 26 feb 2022 (10:15)"),
printed between a page's headline and its story, as a wire story's dateline opens its lead:
its place is the story's place line, and the paragraph under it is the story's lead, not a
dek (page_layout.py). Only a place the knowledge base knows, then a comma, then a date line
(page_dates.read_date_line, in any language's words).
"""

from __future__ import annotations

import re

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

"""A date line that opens with the place the story is filed from ("Hamburg, 08.07.2017, 18:05
Uhr", "Fortaleza (Brasil), 15 de julio de 2014 - 19:05", "Pekín, 26 feb 2022 (10:15)"),
printed between a page's headline and its story, as a wire story's dateline opens its lead:
its place is the story's place line, and the paragraph under it is the story's lead, not a
dek (page_layout.py). Only a place the knowledge base knows, then a comma, then a date line
(page_dates.read_date_line, in any language's words).

The place may also stand on a line of its own right above the date line ("LONDON" over "Wed 1
Apr 2009 21.15 BST"): the same place line, printed in two lines. Only a city there (a known
place inside a country, or a venue): a section's name above a date ("Europe", "China", "World")
is a rubric, not where the story was filed; and only in capitals, as datelines print a city: a
name in other letters alone on a line ("Sochi") is as often a section's, a tag's or a reporter's.
"""

from __future__ import annotations

import re

from ruchina.text.known_places import known_city_names, known_place_names
from ruchina.text.page_dates import read_date_line

#: the place (up to three words, with a particle in lower case between two of them: "Río de
#: Janeiro", still a known place's whole name), a country in brackets after it, a comma (or a bar,
#: as a page's cells are set apart: "Samarcanda (Uzbekistán) | 15 sep 2022 - 14:55"), the date line
_PLACE_FIRST = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-ÞА-Я][\w'’.-]+(?:[\s-](?:(?:de|del|da|do|dos|la|el|am|an|sur|on)\s)?[A-ZÀ-ÖØ-ÞА-Я][\w'’.-]+){0,2})"
    r"(?:\s*\([^()]{2,40}\))?"
    r"(?:,|\s+(?P<bar>[|·•]))\s+(?P<date>.+)$")
#: a date line is short
_MAX_WORDS = 12


def date_line_place(line: str) -> str | None:
    """The known place that opens the date line ``line``, as written; None when it is no such line."""
    line = " ".join(line.split())
    found = _PLACE_FIRST.match(line)
    # (a section's name sits beside a date in a bar of cells as often: "Russia | 15 Sep 2022",
    # so a place set apart by a bar is a city's alone)
    names = known_city_names() if found and found.group("bar") else known_place_names()
    if found is None or len(line.split()) > _MAX_WORDS or found.group("place").casefold() not in names:
        return None
    return found.group("place") if read_date_line(found.group("date"), any_language=True) else None


def place_above_date_line(lines: list[str]) -> str | None:
    """The known city standing alone in capitals on the line right above a date line among
    ``lines`` (the page's text around its story); None when no such pair of lines is there."""
    lines = [" ".join(line.split()) for line in lines]
    for line, below in zip(lines, lines[1:]):
        if (line.isupper() and line.casefold() in known_city_names() and len(below.split()) <= _MAX_WORDS
                and read_date_line(below, any_language=True)):
            # (written as a place line is: "LONDON" as "London", names being linked in their case)
            return line.title()
    return None

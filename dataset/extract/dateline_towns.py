"""A dateline's city the knowledge base lacks, a place all the same: "QUITO (Agency) -",
"КИТО, 3 марта. /Агентство/." A dateline names where the story was filed, so its head is a
place even when the knowledge base leaves the word unlinked on purpose (a surname as often
as a city, "Mr Lima said", which running text may well mean). Only a dateline's head is read
so: a name in running text stays a surname. Its name is written in Latin letters (a Cyrillic
one through the language's transliteration of names, people_<language>.yaml), so that the
reports of other languages name the same place. place_line.py's guards then apply as to any
place line: never a call, and a sentence's place wins.
"""

from __future__ import annotations

import re

from ruchina.extract.language_people import people_finder
from ruchina.extract.linking import Mention
from ruchina.extract.person_spellings import fold_accents
from ruchina.knowledge.base import slugify
from ruchina.text.page_datelines import dateline_day, dateline_place
from ruchina.text.parsing import DATELINE_PARAGRAPHS

#: One to three capitalised words, the shape of a town's name ("Lima", "Puerto Montt").
_TOWN = re.compile(r"[^\W\d_][^\W\d_'’\-]*(?:[- ][^\W\d_][^\W\d_'’\-]*){0,2}")


def marked_dateline(body: str) -> bool:
    """Whether the dateline opening one of the story's first paragraphs is marked as one by a
    date or an agency in brackets after its place ("LIMA, Nov 19 -", "LIMA (Wire) -"), not a
    word in capitals and a dash alone ("UPDATE -", "ANALYSIS -"), which is a label."""
    for paragraph in body.split("\n\n", DATELINE_PARAGRAPHS)[:DATELINE_PARAGRAPHS]:
        place = dateline_place(paragraph)
        if place:
            return dateline_day(paragraph) is not None or bool(_AGENCY.match(paragraph, len(place)))
    return False


#: An agency in brackets right after a dateline's place ("LIMA (Meridian Wire) -").
_AGENCY = re.compile(r"\s*\([^)]{1,30}\)\s*[—–-]")


def dateline_town(place: str, language: str) -> Mention | None:
    """The dateline's city as an unlinked place (GPE), or None when its head is no town's
    name (digits, a long phrase) or cannot be written in Latin letters."""
    head = place.split(",")[0].strip()
    if not _TOWN.fullmatch(head) or not all(word[:1].isupper() for word in re.split(r"[- ]", head)):
        return None
    name = head
    if not fold_accents(name).isascii():
        finder = people_finder(language)
        if finder is None:
            return None
        name = " ".join(finder.transliterate(word) for word in name.split())
        if not fold_accents(name).isascii():
            return None
    start = place.index(head)
    return Mention(start, start + len(head), head, slugify(name), name, "GPE", False)

"""A plural office that stands for the holders of it in both countries of the story and names
none of them ("Minister beider Länder unterzeichneten im Beisein der Regierungschefs mehrere
Abkommen": in the presence of the heads of government, Russia's and China's): each office's holder
in the sentence's year, as knowledge/offices.yaml gives him.

In a year an office changed hands, its one holder the article names. Only where the article
names one of those holders at least (the story is about them: a page on
an EU summit's "Regierungschefs" names neither), where every office has one holder that year,
and never where the phrase is a body's ("der Regierungschefs der SOZ-Staaten", the council of a
group's premiers: many, not two). The phrases and their offices are each language's
(knowledge/events_<language>.yaml, seat_holders: both); the rule is here.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ruchina.extract.dates import ResolvedDate
from ruchina.extract.seat_holders import sentence_year
from ruchina.knowledge.base import read_knowledge_file
from ruchina.knowledge.office_terms import office_holder, office_holders


@lru_cache(maxsize=None)
def _phrases(language: str) -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    data = (read_knowledge_file(f"events_{language}").get("seat_holders") or {}).get("both") or []
    return tuple((re.compile(rf"\b(?:{'|'.join(entry['words'])})\b", re.IGNORECASE), tuple(entry["offices"]))
                 for entry in data)


def both_holders_references(language: str, sentence: str, dates: list[ResolvedDate], published: dt.date | None,
                            named: frozenset[str]) -> list[tuple[int, str]]:
    """(position, person id) for each holder a plural office's phrase of the sentence stands for."""
    found = []
    for pattern, offices in _phrases(language):
        match = pattern.search(sentence)
        if match is None:
            continue
        year = sentence_year(dates, published)
        holders = [_holder(office, year, named) for office in offices]
        if all(holders) and set(holders) & named:
            found += [(match.end(), holder) for holder in holders]
    return found


def _holder(office: str, year: int | None, named: frozenset[str]) -> str | None:
    """The year's holder of the office, unless the article names only another; in a year it changed
    hands (2023's Chinese premier), the one holder of it the article names."""
    named_holders = set(office_holders(office)) & named
    dated = office_holder(office, year)
    if dated and (not named_holders or dated in named_holders):
        return dated
    return named_holders.pop() if dated is None and len(named_holders) == 1 else None

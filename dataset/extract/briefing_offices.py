"""Whose office a bare "the Prime Minister" is on a government's own briefing or readout. A
country's briefers speak of their own head of government without his name ("the Prime Minister
took part in two trilateral meetings"), and may name a foreign one in the same breath ("he met
President Trump and Prime Minister Abe"): the bare office is then the briefing's country's
holder, not the only prime minister the page names (article_people.py's default).

A page is a country's briefing when its lines open on that country's briefers' titles
("Official Spokesperson:", "Foreign Secretary, Shri ...:") or it names the body that issues it
("Ministry of External Affairs"): events_<language>.yaml `own_briefings`. An analysis that only
names an office ("the Japanese Prime Minister said") has neither and keeps the default.

Only the offices a country's briefers speak of unnamed are its own (`offices`: India's speak so of
their Prime Minister, not of their President, so "the Prime Minister and the President held talks"
on a release about a visiting president is the Prime Minister and the guest). The holder is the one
of the page's year where knowledge/offices.yaml has the office's terms (the President of a page of
2018 is not the one of today); none when no one held it all through that year.
"""

from __future__ import annotations

import re
from functools import cache

from ruchina.knowledge.base import read_knowledge_file


@cache
def _signs(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = read_knowledge_file(f"events_{language}").get("own_briefings") or {}
    found = []
    for country, entry in data.items():
        speakers = "|".join(re.escape(s) for s in entry.get("speakers") or ())
        publishers = "|".join(re.escape(p) for p in entry.get("publishers") or ())
        parts = []
        if speakers:
            # (a title opening a line, before the colon of its words or the comma of its holder's name)
            parts.append(rf"^[ \t]*(?:{speakers})[ \t]*[:,]")
        if publishers:
            parts.append(rf"\b(?:{publishers})\b")
        if parts:
            found.append((country, re.compile("|".join(parts), re.MULTILINE)))
    return tuple(found)


@cache
def own_offices(language: str, country: str) -> frozenset[str] | None:
    """The offices ("Prime Minister") a bare title names the country's own holder of on its
    briefings; None where the data lists none (then every office)."""
    entry = (read_knowledge_file(f"events_{language}").get("own_briefings") or {}).get(country) or {}
    offices = entry.get("offices")
    return frozenset(offices) if offices else None


def briefing_country(text: str, language: str) -> str | None:
    """The country whose own briefing the page is, if its signs point to exactly one."""
    countries = {country for country, pattern in _signs(language) if pattern.search(text)}
    return countries.pop() if len(countries) == 1 else None

"""The place a reporter's byline says the story was filed from ("Jane Doe in Kazan", "By Jane
Doe and Li Wei in Beijing", "Jane Doe, Kazan"; a special envoy's line, "Par notre envoyée spéciale
à Canton", "Par Jeanne Roy (Canton, envoyée spéciale)"), printed among the lines between a page's headline and its story:
the story's place line when the page prints none and no dateline opens the story, as a
dateline's city is. Only a place the knowledge base knows (a menu's "Sign in Subscribe" is no
byline), and one place only: a byline of two reporters in two cities ("A in Moscow and B in
Kyiv") tells no one place. The words before the place are data (``byline_place_links`` and ``envoy_lines`` in
knowledge/boilerplate.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.knowledge.base import read_knowledge_file
from ruchina.text.known_places import known_place_names

#: a byline is short: up to three reporters' names, a link word and a place
_MAX_WORDS = 12
_NAME = r"[A-ZÀ-ÖØ-ÞА-Я][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞА-Я][\w'’.-]+){1,3}"
_PLACE = r"[A-ZÀ-ÖØ-ÞА-Я][\w'’.-]+(?:[\s-][A-ZÀ-ÖØ-ÞА-Я][\w'’.-]+){0,2}"


@lru_cache(maxsize=1)
def _byline() -> re.Pattern[str]:
    links = "|".join(re.escape(w) for w in read_knowledge_file("boilerplate").get("byline_place_links") or ())
    if not links:
        return re.compile("(?!)")
    # (or a comma, in every language: "Jane Doe, Kazan", the reporter's name and where she files from)
    return re.compile(rf"^(?:[Bb]y\s+)?{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,2}}(?:\s+(?:{links})|\s*,)\s+(?P<place>{_PLACE})$")


@lru_cache(maxsize=1)
def _envoy_lines() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A special envoy's line: the words saying an envoy was sent to a place, then the place,
    then the reporter's name or nothing ("Par notre envoyée spéciale à Canton, Jeanne Roy");
    or a reporter's name with the place and the word for an envoy in brackets ("Par Jeanne Roy
    (Canton, envoyée spéciale)"). A correspondent's line names the bureau's city, not the
    story's, and is not read (knowledge/boilerplate.yaml says why)."""
    knowledge = read_knowledge_file("boilerplate")
    leads = "|".join(f"(?:{lead})" for lead in knowledge.get("envoy_lines") or ()) or "(?!)"
    after = "|".join(re.escape(w) for w in knowledge.get("envoy_after_place") or ()) or "(?!)"
    return (re.compile(rf"^(?:{leads})\s+(?P<place>{_PLACE})(?:\s*,\s*{_NAME})?\.?$"),
            re.compile(rf"^(?:(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or)\s+)?{_NAME}\s*\((?P<place>{_PLACE})\s*,\s*(?:{after})\)$"))


def byline_place(page_lines: list[str]) -> str | None:
    """The known place of the first byline among ``page_lines`` (the page's text around its
    story) that names one, as written; None when none does."""
    for line in page_lines:
        line = " ".join(line.split())
        if len(line.split()) <= _MAX_WORDS:
            found = _byline().match(line) or next(
                filter(None, (pattern.match(line) for pattern in _envoy_lines())), None)
            if found and found.group("place").casefold() in known_place_names():
                return found.group("place")
    return None

"""A line written all in capitals, as an agency's flash writes its bullets ("* LEADERS OF
KENYA AND PERU HOLD TALKS IN LIMA ON MONDAY"), is read with its words recased: linking is
case-sensitive and the calendar's words are written with their case, so such a line names no one
and no day as written. Every word is put in lower case, then the words the knowledge base writes
with capitals (its entities' names, aliases and short forms in every language, the language's
month and weekday names, knowledge/calendar.yaml) take their written form back, and the line's
first word its capital. Only a month's or weekday's full name is taken back (not "Mar", "Sun"),
and a month's name that is also a common word ("MAY") only beside a number ("MAY 4", "4 MAY").
The recasing keeps every offset (a word whose case changes its length is left as written); the
article's stored text is not changed, only what extraction reads.

A line of a few words (a title, an outlet's name, "FLASHWIRE") or one split by a menu's bars
("HOME | WORLD | ASIA", "HOME  WORLD  ASIA") is left as written: it tells no event.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.knowledge.base import entity_catalog
from ruchina.text.calendar_words import calendar_words

#: the fewest words a line in capitals holds to be read as a sentence
MIN_WORDS = 4
#: the fewest capital letters it holds (a line of a script without case, Chinese, has none)
MIN_CAPITALS = 12
#: the most words one name spans ("SOUTH AFRICA", "ST PETERSBURG INTERNATIONAL ECONOMIC FORUM")
_LONGEST_NAME = 6
_WORD = re.compile(r"\w+")
#: a menu's separators (bars, or words set apart by runs of spaces): a list of links, not a sentence
_MENU = re.compile(r"[|›»•]|\S {2,}\S")


def recase_capital_lines(text: str | None, language: str) -> str | None:
    """The text with each line written all in capitals recased (same length, same offsets)."""
    if not text or not any(c.isupper() for c in text):
        return text
    lines = text.split("\n")
    changed = False
    for index, line in enumerate(lines):
        if _in_capitals(line):
            recased = _recased(line, language)
            if recased != line:
                lines[index], changed = recased, True
    return "\n".join(lines) if changed else text


def _in_capitals(line: str) -> bool:
    if _MENU.search(line) or any(c.islower() for c in line) or sum(c.isupper() for c in line) < MIN_CAPITALS:
        return False
    words = [w for w in _WORD.findall(line) if any(c.isupper() for c in w)]
    return len(words) >= MIN_WORDS


def _recased(line: str, language: str) -> str:
    lowered = line.lower()
    if len(lowered) != len(line):
        return line
    out = list(lowered)
    forms = _written_forms(language)
    tokens = list(_WORD.finditer(line))
    i = 0
    while i < len(tokens):
        for n in range(min(_LONGEST_NAME, len(tokens) - i), 0, -1):
            start, end = tokens[i].start(), tokens[i + n - 1].end()
            written = forms.get(line[start:end].casefold())
            if written in _bare_words(language) and not _beside_a_number(line, start, end):
                written = None
            if written is not None and len(written) == end - start:
                out[start:end] = written
                i += n
                break
        else:
            i += 1
    first = next((k for k, c in enumerate(out) if c.isalpha()), None)
    if first is not None:
        out[first] = out[first].upper() if len(out[first].upper()) == 1 else out[first]
    return "".join(out)


def _beside_a_number(line: str, start: int, end: int) -> bool:
    return bool(re.match(r"\W{0,2}\d", line[end:end + 3]) or re.search(r"\d\W{0,2}$", line[max(0, start - 3):start]))


@lru_cache(maxsize=None)
def _bare_words(language: str) -> frozenset[str]:
    """The language's month names no longer than a common word ("May"): recased only beside a number."""
    calendar = calendar_words(language)
    return frozenset(name for name in (calendar.full_month_names if calendar else ()) if len(name) <= 3)


@lru_cache(maxsize=None)
def _written_forms(language: str) -> dict[str, str]:
    """Casefolded name -> the name as the knowledge base writes it, for the names written with
    a capital: the entities' (every language's) and the language's months and weekdays."""
    forms: dict[str, str] = {}
    for entity in entity_catalog().by_name.values():
        for name in (entity.name, *entity.aliases, *entity.short_forms, *entity.names_in_languages, *entity.demonyms):
            if any(c.isupper() for c in name):
                forms.setdefault(name.casefold(), name)
    calendar = calendar_words(language)
    for name in (calendar.full_month_names + calendar.full_weekday_names) if calendar else ():
        if any(c.isupper() for c in name):  # (the full name only: not "Mar", "Sun")
            forms.setdefault(name.casefold(), name)
    return forms

"""A line written all in capitals, as an agency's flash writes its bullets ("* LEADERS OF
KENYA AND PERU HOLD TALKS IN LIMA ON MONDAY"), is read with its words recased: linking is
case-sensitive and the calendar's words are written with their case, so such a line names no one
and no day as written. Every word is put in lower case, then the words the knowledge base writes
with capitals (its entities' names, aliases and short forms in every language, the language's
month and weekday names, knowledge/calendar.yaml) take their written form back, and the line's
first word its capital. Only a month's or weekday's full name is taken back (not "Mar", "Sun"),
and a month's name that is also a common word ("MAY") only beside a number ("MAY 4", "4 MAY").
A name the knowledge base lacks, told after a person's cue word and opening with a given name
("US ENVOY JOHN DOE"), keeps a capital on each word: lower-cased it would vanish.
The recasing keeps every offset (a word whose case changes its length is left as written); the
article's stored text is not changed, only what extraction reads.

A line of a few words (a title, an outlet's name, "FLASHWIRE") or one split by a menu's bars
("HOME | WORLD | ASIA", "HOME  WORLD  ASIA") is left as written: it tells no event (which line is
one in capitals is text/page_flashes.py's, where a flash's bullets are found).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.event_words import event_words
from ruchina.knowledge.base import entity_catalog, languages
from ruchina.knowledge.name_rules import name_rules
from ruchina.text.calendar_words import calendar_words
from ruchina.text.page_flashes import written_in_capitals

#: the most words one name spans ("SOUTH AFRICA", "ST PETERSBURG INTERNATIONAL ECONOMIC FORUM")
_LONGEST_NAME = 6
#: the words a name the knowledge base lacks spans after a person's cue word ("ENVOY JOHN DOE")
MIN_CUED_NAME_WORDS, MAX_CUED_NAME_WORDS = 2, 3
_WORD = re.compile(r"\w+")


def recase_capital_lines(text: str | None, language: str) -> str | None:
    """The text with each line written all in capitals recased (same length, same offsets)."""
    if not text or not any(c.isupper() for c in text):
        return text
    lines = text.split("\n")
    changed = False
    for index, line in enumerate(lines):
        if written_in_capitals(line):  # (a short line, a menu: left as written)
            recased = _recased(line, language)
            if recased != line:
                lines[index], changed = recased, True
    return "\n".join(lines) if changed else text


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
    _keep_cued_names(line, tokens, out, forms, language)
    first = next((k for k, c in enumerate(out) if c.isalpha()), None)
    if first is not None:
        out[first] = out[first].upper() if len(out[first].upper()) == 1 else out[first]
    return "".join(out)


def _keep_cued_names(line: str, tokens: list[re.Match], out: list[str], forms: dict[str, str], language: str) -> None:
    """A name the knowledge base lacks, right after a person's cue word ("US ENVOY JOHN DOE -
    KREMLIN"), keeps its capitals ("John Doe"), each word's first letter: lower-cased it would
    name no one, and the people around it would take its place. Only a run of MIN_CUED_NAME_WORDS
    to MAX_CUED_NAME_WORDS words that opens with a given name (knowledge/names.yaml), holds none
    the knowledge base or the calendar writes, no function word, cue or event word, and runs up to
    a mark, the line's end or a speaking verb ("... JOHN DOE SAID"): "MINISTER HOLDS TALKS",
    "ENVOY RESIGNS OVER SCANDAL" name no one."""
    rules = name_rules()
    if rules.language != language:
        return
    known = set(forms) | {w.casefold() for w in _function_words(language)} | rules.person_cues_before \
        | rules.person_cues_after
    given = {name.casefold() for name in rules.given_names}
    cues = rules.person_cues_before - rules.person_cues_after  # ("said", "told": a name's verb, not its title)
    trigger = event_words(language).trigger
    for i, token in enumerate(tokens):
        if token.group().casefold() not in cues or i + 1 >= len(tokens) or tokens[i + 1].group().casefold() not in given:
            continue
        run = []
        for following in tokens[i + 1:i + 1 + MAX_CUED_NAME_WORDS + 1]:
            word = following.group()
            if (word.casefold() in known or not word.isalpha() or not word.isupper() or trigger.fullmatch(word)
                    or line[(run[-1] if run else token).end():following.start()].strip()):
                break
            run.append(following)
        after = line[run[-1].end():].lstrip() if run else ""
        ends = (not after or not after[0].isalnum()
                or _WORD.match(after).group().casefold() in rules.person_cues_after)
        if MIN_CUED_NAME_WORDS <= len(run) <= MAX_CUED_NAME_WORDS and ends:
            for word in run:
                out[word.start()] = word.group()[0]


@lru_cache(maxsize=None)
def _function_words(language: str) -> frozenset[str]:
    return next((known.stopwords for known in languages() if known.code == language), frozenset())


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

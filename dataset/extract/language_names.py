"""The knowledge base's names in one language, matched in their inflected forms: "Путина",
"Си Цзиньпином", "Москве" are Putin, Xi Jinping and Moscow.

The data is ``knowledge/entities_<language>.yaml`` (names in dictionary form, the endings a
dictionary form drops and the endings a stem takes); the rule is here: a name's word matches
as its stem followed by one of the endings or none, at word boundaries, the words of a name
in order with the same separators. Nothing here names a word of any language.

Cost: an Aho-Corasick pass finds every name's first stem in one go; only where one occurs is
the name's own pattern tried, so a text costs one automaton pass whatever the number of names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from ruchina.knowledge.base import EntityCatalog, LanguageNames, entity_catalog, entity_name_languages, language_names
from ruchina.text.normalize import UNSPACED

#: a name's parts: its words and what joins them (spaces, hyphens)
_PARTS = re.compile(r"(\s+|-)")
_LATIN = re.compile(r"[A-Za-z]")
#: no word character of a spaced script after a name (one of Chinese or Japanese may follow;
#: after a name that ends in one of their characters, anything may)
_END = rf"(?!(?!{UNSPACED.pattern})\w)"


@dataclass(frozen=True)
class _Name:
    pattern: re.Pattern[str]
    entity_id: str


def _stem(word: str, names: LanguageNames) -> str | None:
    """The word's stem, or None when the word is matched only as written (capitals, Latin
    letters, or a stem shorter than the language's minimum)."""
    if word.isupper() or _LATIN.search(word) or not word[:1].isalpha():
        return None
    for ending in names.dictionary_endings:
        if word.endswith(ending) and len(word) - len(ending) >= names.min_stem:
            return word[:-len(ending)]
    return word if len(word) >= names.min_stem else None


def name_pattern(name: str, names: LanguageNames) -> tuple[str, str]:
    """(the literal the name's matches start with, its pattern)."""
    endings = "|".join(re.escape(e) for e in names.endings)
    pieces, first = [], None
    for index, part in enumerate(_PARTS.split(name)):
        if index % 2:  # a separator: any run of spaces for a space, a hyphen as written
            pieces.append(r"\s+" if part.isspace() else re.escape(part))
            continue
        stem = _stem(part, names)
        literal = part if stem is None else stem
        first = first if first is not None else literal
        pieces.append(re.escape(literal) if stem is None else f"{re.escape(stem)}(?:{endings})?")
    # A name ends where no word character of a spaced script follows it: Chinese and Japanese
    # put no space between words (text/normalize.py UNSPACED).
    return first, "".join(pieces) + ("" if UNSPACED.match(name[-1:]) else _END)


class LanguageNameMatcher:
    """Every known entity's names in one language, found in a text with their endings."""

    def __init__(self, names: LanguageNames, catalog: EntityCatalog):
        self.automaton = ahocorasick.Automaton()
        by_start: dict[str, list[_Name]] = {}
        for canonical, forms in names.names.items():
            entity_id = catalog.named(canonical).entity_id
            for form in forms:
                # the same name written with е for ё (Russian writes both)
                for variant in dict.fromkeys((form, form.replace("ё", "е").replace("Ё", "Е"))):
                    first, pattern = name_pattern(variant, names)
                    by_start.setdefault(first, []).append(_Name(re.compile(pattern), entity_id))
        for first, entries in by_start.items():
            self.automaton.add_word(first, (len(first), tuple(entries)))
        if by_start:
            self.automaton.make_automaton()
        self.empty = not by_start
        words = "|".join(re.escape(w) for w in names.locative_before) or "(?!)"
        #: the end of the text before a name that makes it a place ("в ")
        self.locative_before = re.compile(rf"(?<!\w)(?:{words})\s+$", re.IGNORECASE)

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, entity id) of every name, the longest at each place."""
        if self.empty:
            return []
        found = []
        for end_index, (length, entries) in self.automaton.iter(text):
            start = end_index - length + 1
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-") and not (
                    UNSPACED.match(text, start - 1) or UNSPACED.match(text, start)):
                continue
            best = None
            for entry in entries:
                match = entry.pattern.match(text, start)
                if match and (best is None or match.end() > best[1]):
                    best = (start, match.end(), entry.entity_id)
            if best:
                found.append(best)
        return found


@lru_cache(maxsize=None)
def language_matcher(language: str | None) -> LanguageNameMatcher | None:
    """The matcher of ``language``'s names, or None when the knowledge base has none."""
    if language not in entity_name_languages():
        return None
    return LanguageNameMatcher(language_names(language), entity_catalog())

"""The knowledge base's names in one language, matched in their inflected forms: "Путина",
"Си Цзиньпином", "Москве" are Putin, Xi Jinping and Moscow.

The data is ``knowledge/entities_<language>.yaml`` (names in dictionary form, the endings a
dictionary form drops and the endings a stem takes); the rule is here: a name's word matches
as its stem followed by one of the endings or none, at word boundaries, the words of a name
in order with the same separators. A language written without spaces (``word_boundaries:
false``: "习近平同普京举行会谈") has no word boundaries to look for: its names match where
they stand, the longest at each place, so that a longer name the file lists ("白俄罗斯",
Belarus) wins over the name inside it ("俄罗斯"). Names under ``short_forms`` count only
where the article names the entity in full or its context (linking.py's rule for "Xi").
Nothing here names a word of any language.

Cost: an Aho-Corasick pass finds every name's first stem in one go; only where one occurs is
the name's own pattern tried, so a text costs one automaton pass whatever the number of names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from ruchina.knowledge.base import EntityCatalog, LanguageNames, entity_catalog, entity_name_languages, language_names

#: a name's parts: its words and what joins them (spaces, hyphens)
_PARTS = re.compile(r"(\s+|-)")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class _Name:
    pattern: str
    entity_id: str
    short: bool = False

    def match(self, text: str, start: int) -> re.Match[str] | None:
        return _compiled(self.pattern).match(text, start)


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern[str]:
    # Compiled when a text first holds the name's first stem, not when the matcher is built:
    # compiling the thousands of names of a language took about a second, most of `add`'s
    # one-article run, for the few names an article holds.
    return re.compile(pattern)


def _stem(word: str, names: LanguageNames) -> str | None:
    """The word's stem, or None when the word is matched only as written (capitals, a
    language without endings, Latin letters in a language whose endings are not Latin
    ("Putin" in Russian text), or a stem shorter than the language's minimum)."""
    if not names.endings or word.isupper() or not word[:1].isalpha():
        return None
    if _LATIN.search(word) and not any(_LATIN.search(e) for e in names.endings):
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
    return first, "".join(pieces) + (r"(?![\w])" if names.word_boundaries else "")


class LanguageNameMatcher:
    """Every known entity's names in one language, found in a text with their endings."""

    def __init__(self, names: LanguageNames, catalog: EntityCatalog):
        self.automaton = ahocorasick.Automaton()
        by_start: dict[str, list[_Name]] = {}
        self.word_boundaries = names.word_boundaries
        entries = [(canonical, form, False) for canonical, forms in names.names.items() for form in forms]
        entries += [(canonical, form, True) for canonical, forms in names.short_forms.items() for form in forms]
        for canonical, form, short in entries:
            entity_id = catalog.named(canonical).entity_id
            # the same name written with е for ё (Russian writes both)
            for variant in dict.fromkeys((form, form.replace("ё", "е").replace("Ё", "Е"))):
                first, pattern = name_pattern(variant, names)
                by_start.setdefault(first, []).append(_Name(pattern, entity_id, short))
        for first, entries in by_start.items():
            self.automaton.add_word(first, (len(first), tuple(entries)))
        if by_start:
            self.automaton.make_automaton()
        self.empty = not by_start
        words = "|".join(re.escape(w) for w in names.locative_before) or "(?!)"
        #: the end of the text before a name that makes it a place ("в ")
        self.locative_before = re.compile(rf"(?<!\w)(?:{words})\s+$" if self.word_boundaries else rf"(?:{words})\s*$",
                                          re.IGNORECASE)

    def matches(self, text: str) -> list[tuple[int, int, str, bool]]:
        """(start, end, entity id, whether a short form) of every name, the longest at each place."""
        if self.empty:
            return []
        found = []
        for end_index, (length, entries) in self.automaton.iter(text):
            start = end_index - length + 1
            if self.word_boundaries and start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
                continue
            # (the longest; a name several entities share, "Чжао", gives each: linking picks the one
            # the text names in full)
            ends = [(match.end(), entry) for entry in entries if (match := entry.match(text, start))]
            longest = max((end for end, _ in ends), default=None)
            found += list(dict.fromkeys((start, end, entry.entity_id, entry.short) for end, entry in ends
                                        if end == longest))
        return found


@lru_cache(maxsize=None)
def language_matcher(language: str | None) -> LanguageNameMatcher | None:
    """The matcher of ``language``'s names, or None when the knowledge base has none."""
    if language not in entity_name_languages():
        return None
    return LanguageNameMatcher(language_names(language), entity_catalog())

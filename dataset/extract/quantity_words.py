"""The quantity words of a language, compiled: ``knowledge/quantities_<language>.yaml`` is the
data (qualifiers, scales, units, currencies, the verbs that tie a number to an entity...),
and this module turns it into the sets and regular expressions claims.py applies.

Adding a language is adding its file; nothing here names a word of any language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ruchina.errors import RuchinaError
from ruchina.knowledge.base import knowledge_file_exists, read_knowledge_file

DEFAULT_LANGUAGE = "en"
_KEYS = ("qualifiers", "scales", "percent", "units", "currencies", "time_units", "generic", "not_totals", "not_nouns",
         "rate_before", "range_words", "has", "share_verbs", "apposition", "determiners", "possessives", "whole_stops",
         "fillers", "adverb_suffix", "whole_possessors", "founded", "founded_link", "clause_openers", "articles",
         "coordinators")


@dataclass(frozen=True)
class QuantityWords:
    language: str
    #: word or phrase (lower case) -> over, under or about
    qualifier_of: dict[str, str]
    #: the qualifiers as one alternation, longest first
    qualifier: str
    scales: dict[str, float]
    scale: str
    percent: str
    #: words after a number that name no counted thing: units, money, time, generic nouns,
    #: words that make the number a change or a part, words that are no nouns
    not_counted: frozenset[str]
    not_totals: frozenset[str]
    not_nouns: frozenset[str]
    currency_words: frozenset[str]
    currency_signs: tuple[str, ...]
    #: the end of the text before a number that makes it a rate's base ("per ")
    rate_before: re.Pattern[str]
    #: a number right after this is the other end of a range ("90 to 95", "6.1–6.2")
    range_after: re.Pattern[str]
    #: the end of the text before a number that makes it a range's second end
    range_before: re.Pattern[str]
    #: what lies between an entity and a count it is described by: "the bank counts ",
    #: "Russia's ", "the BRI, a megaproject in more than "
    has_between: re.Pattern[str]
    possessive_between: re.Pattern[str]
    apposition_between: re.Pattern[str]
    #: what lies between an entity and "N percent of <whole>" when the entity is the part
    share_between: re.Pattern[str]
    #: between two entities: they are one subject together
    coordinated: re.Pattern[str]
    #: before a count, a word that makes it no count about the event the sentence reports
    clause_opener: re.Pattern[str]
    #: what lies between an entity and its verb of founding
    founded_between: re.Pattern[str]
    #: "<verb> in <year>", the verb in a group named after the attribute it makes
    founded: re.Pattern[str]
    determiners: frozenset[str]
    possessives: frozenset[str]
    whole_stops: frozenset[str]
    whole_possessors: frozenset[str]
    #: a number: in digits ("20", "1,500"), or as one of the language's number words
    number: re.Pattern[str]
    #: number word (lower case) -> its value
    number_words: dict[str, float]
    #: in a language that names its counted things by a list (``counted``): the noun right
    #: after a number, in a group named after the thing ("стран" -> country); None where
    #: the counted thing is read from the words themselves (English plurals)
    counted: re.Pattern[str] | None
    #: in a language that reads its counted things from the words themselves: the words
    #: that name one of the shared things (``things``: "nations", "member countries",
    #: "heads of state"), in a group named after the thing, tried before the words' own name
    things: re.Pattern[str] | None = None


#: A number in digits, with commas between thousands.
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def _alternation(words) -> str:
    """The words as one alternative, the longest first; an empty list matches nothing (a
    language without articles has no apposition after one)."""
    if not words:
        return "(?!)"
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def _words(data: dict, key: str) -> list[str]:
    value = data[key]
    if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
        raise RuchinaError(f"knowledge/quantities_*.yaml: {key!r} must be a list of words")
    return [w.lower() for w in value]


@cache
def has_quantity_words(language: str) -> bool:
    """Whether ``language`` has quantity words (knowledge/quantities_<language>.yaml): its
    articles' counts and years become claims."""
    return knowledge_file_exists(f"quantities_{language}")


@cache
def quantity_words(language: str = DEFAULT_LANGUAGE) -> QuantityWords:
    data = read_knowledge_file(f"quantities_{language}")
    missing = [key for key in _KEYS if key not in data]
    if missing:
        raise RuchinaError(f"knowledge/quantities_{language}.yaml: missing {', '.join(missing)}")
    qualifier_of = {w.lower(): kind for kind, words in data["qualifiers"].items() for w in words}
    scales = {str(w).lower(): float(factor) for w, factor in data["scales"].items()}
    currencies = data["currencies"]
    not_nouns = frozenset(_words(data, "not_nouns"))
    not_totals = frozenset(_words(data, "not_totals"))
    currency_words = frozenset(w.lower() for w in currencies["words"])
    qualifier = _alternation(qualifier_of)
    percent = _alternation(_words(data, "percent"))
    ranges = _alternation(_words(data, "range_words"))
    det_words = _alternation(_words(data, "determiners"))
    stops = _alternation(_words(data, "whole_stops"))
    det = rf"(?:(?:{det_words})\s+)?"
    # a parenthesis after the entity ("the Belt and Road Initiative (BRI)"), or the end of
    # the one the entity is in ("... (BRI)")
    aside = r"(?:\s*\([^()]{0,60}\)|\))?"
    filler = rf"(?:(?:{_alternation(_words(data, 'fillers'))}|\w+{re.escape(str(data['adverb_suffix']))})\s+)?"
    founded_in = re.escape(str(data.get("founded_in", "in")))
    number_words = {str(form).lower(): float(value) for value, forms in (data.get("number_words") or {}).items()
                    for form in forms}
    not_counted = frozenset(_words(data, "units") + _words(data, "time_units") + _words(data, "generic")) | \
        not_nouns | not_totals | currency_words
    return QuantityWords(
        language=language,
        qualifier_of=qualifier_of,
        qualifier=qualifier,
        scales=scales,
        scale=_alternation(scales),
        percent=percent,
        not_counted=not_counted,
        not_totals=not_totals,
        not_nouns=not_nouns,
        currency_words=currency_words,
        currency_signs=tuple(sorted((str(s) for s in currencies["signs"]), key=len, reverse=True)),
        rate_before=re.compile(rf"\b(?:{_alternation(_words(data, 'rate_before'))})\s*$", re.IGNORECASE),
        range_after=re.compile(rf"^\s*(?:{ranges})\s*(?:(?:{qualifier})\s+)?[$€£¥]?\d", re.IGNORECASE),
        range_before=re.compile(rf"\d\s*(?:%|{percent})?\s*(?:{ranges})\s*$", re.IGNORECASE),
        has_between=re.compile(rf"^{aside}\s+{filler}(?:{_alternation(_words(data, 'has'))})\s+{det}$", re.IGNORECASE),
        possessive_between=re.compile(r"^['’]s?\s+$"),
        apposition_between=re.compile(
            rf"^{aside}\s*,\s+(?:{_alternation(_words(data, 'articles'))})\s+(?:(?!(?:{stops})\b)[\w-]+\s+){{0,4}}?"
            rf"(?:{_alternation(_words(data, 'apposition'))})\s+$", re.IGNORECASE),
        share_between=re.compile(rf"^{aside}\s+{filler}(?:{_alternation(_words(data, 'share_verbs'))})\s+$", re.IGNORECASE),
        founded_between=re.compile(rf"^{aside}\s*,?\s*(?:(?:{_alternation(_words(data, 'founded_link'))})\s+)*$",
                                   re.IGNORECASE),
        founded=re.compile("(?:" + "|".join(rf"(?P<{attribute}>\b(?:{_alternation(verbs)})\s+{founded_in}\s+)"
                                            for attribute, verbs in data["founded"].items())
                           + r")(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE),
        coordinated=re.compile(rf"^\s*(?:{_alternation(_words(data, 'coordinators'))})\s*$", re.IGNORECASE),
        clause_opener=re.compile(rf"\b(?:{_alternation(_words(data, 'clause_openers'))})\b", re.IGNORECASE),
        determiners=frozenset(_words(data, "determiners")),
        possessives=frozenset(_words(data, "possessives")),
        whole_stops=frozenset(_words(data, "whole_stops")),
        whole_possessors=frozenset(_words(data, "whole_possessors")),
        number=re.compile(rf"(?a:{DIGITS})|\b(?:{_alternation(number_words)})\b", re.IGNORECASE) if number_words
        else re.compile(DIGITS, re.ASCII),
        number_words=number_words,
        counted=_counted(language, data.get("counted")),
        things=_things(language, data.get("things")),
    )


def _things(language: str, things) -> re.Pattern[str] | None:
    """``things``: the shared name of a counted thing -> the phrases (as written, lower case)
    that name it, matched whole right after a number, the longest first."""
    if not things:
        return None
    if not isinstance(things, dict) or not all(re.fullmatch(r"[a-z][a-z_]*", str(t)) and isinstance(p, list)
                                               for t, p in things.items()):
        raise RuchinaError(f"knowledge/quantities_{language}.yaml: 'things' must map thing names (a-z, _) to lists")
    return _counted(language, {thing: [_alternation(phrases)] for thing, phrases in things.items()})


def _counted(language: str, things) -> re.Pattern[str] | None:
    if not things:
        return None
    if not isinstance(things, dict) or not all(re.fullmatch(r"[a-z][a-z_]*", str(t)) for t in things):
        raise RuchinaError(f"knowledge/quantities_{language}.yaml: 'counted' must map thing names (a-z, _) to lists")
    groups = "|".join(f"(?P<{thing}>{'|'.join(forms)})" for thing, forms in things.items())
    try:
        return re.compile(rf"\s+(?:{groups})(?![\w-])", re.IGNORECASE)  # (not "государств" of "государств-членов")
    except re.error as error:
        raise RuchinaError(f"knowledge/quantities_{language}.yaml: 'counted' has a bad expression ({error})") from None

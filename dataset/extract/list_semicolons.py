"""Semicolons that only part the items of a list of pairs: "the presidents of Ruritania, Ana
Sol; Freedonia, Omar Vey; and Elbonia, Lia Tam, signed ...". Where the list opens after "of",
each item is a capitalised name, a comma and another (a country and its leader) and the list
closes on the language's "and" before its last item, the semicolons are commas of a list, no clause's end: the verb after the
list is all the items' (event_clauses.clause_start). A semicolon between clauses ("... in Paris,
France; Lula, meanwhile, flew home") is no such chain: its item after it is no pair of names."""

from __future__ import annotations

import re
from functools import lru_cache

#: one capitalised name of up to four words ("Kirguistán", "Kasim-Yomart Tokáyev")
#: (a name's small particle inside it too: "Lula da Silva")
_NAME = r"[^\W\d_a-zа-яё][\w'’.-]*(?:(?:\s(?:da|de|do|dos|van|von|bin))?\s[^\W\d_a-zа-яё][\w'’.-]*){0,3}"
#: the words for "of" before the first country of the list
_OF = "of|de|von|du|des"
#: one item: a name, a comma and a name
_PAIR = rf"{_NAME},\s{_NAME}"


@lru_cache(maxsize=16)
def _chain(and_words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not and_words:
        return None
    ands = "|".join(re.escape(w) for w in and_words)
    # (two items at least before the last: one semicolon alone is too like a clause's end)
    # (the list opens right after "of", as the leaders of countries are listed: "sus homólogos de
    # Kazajistán, X; ...", not "llegó a Brasilia, Brasil; Modi, India; ...", a place and another clause)
    return re.compile(rf"\b(?:{_OF})\s(?P<list>{_PAIR}(?:;\s{_PAIR}){{2,}};?,?\s(?:{ands})\s{_PAIR})(?![\w'’-])")


def list_semicolons(and_words: tuple[str, ...], sentence: str) -> frozenset[int]:
    """The positions of the semicolons of ``sentence`` that part items of a list of pairs of names."""
    pattern = _chain(and_words)
    if pattern is None or ";" not in sentence:
        return frozenset()
    return frozenset(match.start("list") + i for match in pattern.finditer(sentence)
                     for i, char in enumerate(match.group("list")) if char == ";")

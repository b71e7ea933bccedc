"""A meeting said not to have been held ("did not hold a bilateral meeting with him", "n'a pas
eu d'entretien avec lui"): the event word right after the negated holding verb reports no
event, while the sentence's other event words keep theirs ("... with him at the summit" still
tells of the summit). The words are data, ``not_held`` in knowledge/events_<language>.yaml.
Read by event_sentences.py for each event word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.knowledge.base import read_knowledge_file


@lru_cache(maxsize=None)
def _not_held(language: str) -> re.Pattern[str] | None:
    entries = read_knowledge_file(f"events_{language}").get("not_held") or ()
    if not entries:
        return None
    return re.compile(r"(?:^|(?<=\W))(?:{})\s*$".format("|".join(f"(?:{e})" for e in entries)), re.IGNORECASE)


def not_held(language: str, sentence: str, clause_start: int, t_start: int) -> bool:
    """Whether the event word at ``t_start`` follows, in its clause, words saying it was not held."""
    pattern = _not_held(language)
    return pattern is not None and bool(pattern.search(sentence, clause_start, t_start))

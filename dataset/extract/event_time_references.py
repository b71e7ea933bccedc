"""An event named only to date another ("held talks a day after the regional summit and a day
before the parade", "einen Tag vor der Parade"): the event word after such words reports no
event of its own; the sentence's other event words keep theirs (the talks). The words are
data, ``time_reference`` in knowledge/events_<language>.yaml; a few words may stand between
them and the event word ("a day before Wednesday's huge military parade"), but no "and": the
event word after one is another report ("a day after the summit and talks with ...").
Read by event_sentences.py for each event word.
"""

from __future__ import annotations

import re
from functools import cache

from ruchina.knowledge.base import read_knowledge_file

#: the most words between the time reference and the event word it makes one
MAX_WORDS_BETWEEN = 4


@cache
def _time_reference(language: str) -> re.Pattern[str] | None:
    data = read_knowledge_file(f"events_{language}")
    entries = data.get("time_reference") or ()
    if not entries:
        return None
    conjunctions = "|".join(re.escape(w) for w in (data.get("grammar") or {}).get("and") or ()) or "(?!)"
    between = rf"(?:(?!(?:{conjunctions})\s)[\w'’-]+\s+){{0,{MAX_WORDS_BETWEEN}}}"
    return re.compile(r"(?:^|(?<=\W))(?:{})\s+{}$".format("|".join(f"(?:{e})" for e in entries), between),
                      re.IGNORECASE)


def time_reference(language: str, sentence: str, clause_start: int, t_start: int) -> bool:
    """Whether the event word at ``t_start`` follows, in its clause, words that make it only the
    time of another event ("a day before the parade")."""
    pattern = _time_reference(language)
    return pattern is not None and bool(pattern.search(sentence, clause_start, t_start))

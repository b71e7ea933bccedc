"""The place a traveller goes back to after an event is not the event's place: in "X returned to
Moscow on Friday after a two-day state visit to India" or "X regresó anoche a Moscú tras una visita
de Estado a la India", Moscow is home, the visit was in India. Read as a venue ("to", "a" are a
venue's prepositions), the nearer place, home, placed the visit there.

A place is a return's when it stands between a verb of going back and the word for "after" that
ends right before the event word (a few of its modifiers between: "tras una visita", "after a
two-day state visit"). The verbs and the "after" are each language's ``returned_after``
(knowledge/events_<language>.yaml); a language that lists none keeps every place. "returned to
Beijing for the summit" has no "after" before the summit's word: Beijing stays its place.
(The day of such a return is the event's last: knowledge/event_spans.yaml's ``ended``.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.knowledge.base import read_knowledge_file

#: the most words between the "after" and the event word ("after a two-day state visit")
_WORDS_BEFORE_EVENT = 5
#: how far back the verb of going back may stand from the event word
_REACH = 120
_BREAK = re.compile(r"[,.;:!?()\[\]—–]")


def place_gone_back_to(language: str, sentence: str, place_start: int, trigger_start: int) -> bool:
    """Whether the place at ``place_start`` is where someone went back to after the event whose word
    begins at ``trigger_start``."""
    pattern = _return_pattern(language)
    if pattern is None or place_start >= trigger_start:
        return False
    window_start = max(0, trigger_start - _REACH)
    for found in pattern.finditer(sentence, window_start, trigger_start):
        gap = sentence[found.end():trigger_start]
        if found.start() < place_start < found.end() and not _BREAK.search(gap) \
                and len(gap.split()) <= _WORDS_BEFORE_EVENT:
            return True
    return False


@lru_cache(maxsize=None)
def _return_pattern(language: str) -> re.Pattern[str] | None:
    entries = read_knowledge_file(f"events_{language}").get("returned_after") or []
    if not entries:
        return None
    return re.compile("|".join(f"(?:{e})" for e in entries), re.IGNORECASE)

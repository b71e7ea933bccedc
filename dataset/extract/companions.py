"""One who stands or sits next to the subject during an event is at it with him: "Li Peng stood next to
Boris Yeltsin on the rostrum during the parade", "Ли Пэн стоял рядом с Ельциным на трибуне во время
парада". An event told as the frame of an act ("during the parade") keeps only the act's subject, the
people before its first verb (event_roles.participants: "Li Peng congratulated Boris Yeltsin during the
parade" puts Yeltsin at it only as whom the act is about); a verb of standing or sitting beside someone
is no act on him, so the one named right after it joins the subject.

The words are each language's ``companions`` (knowledge/events_<language>.yaml): the verb of standing or
sitting and the word for "next to", right before the name. Only a short subject may stand before them
(a name or an office, no clause: no comma).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.knowledge.base import read_knowledge_file

#: the most the subject before the companion's words may take ("китайский лидер ")
_SUBJECT_REACH = 40


@lru_cache(maxsize=None)
def _companion_gap(language: str) -> re.Pattern[str] | None:
    words = read_knowledge_file(f"events_{language}").get("companions")
    if not words:
        return None
    return re.compile(rf"^[^,;:.]{{0,{_SUBJECT_REACH}}}?(?<!\w)(?:{'|'.join(words)})\s*$", re.IGNORECASE)


def next_to_the_subject(language: str, gap: str) -> bool:
    """Whether ``gap``, the text between the subject's start or its last name and the next name,
    ends in the words that put that next one beside the subject ("stood next to ")."""
    pattern = _companion_gap(language)
    return pattern is not None and bool(pattern.match(gap))

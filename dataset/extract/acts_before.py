"""An act the sentence's subject does next, told after the act before it by a time link and a verb
with no subject of its own (", before holding the summit with Z in the afternoon", ", avant de tenir
l'après-midi le sommet avec Z", ", antes de celebrar la cumbre con Z"; knowledge events_<language>.yaml
``act_links``): its clause opens at the link, so the agent or the object of the act before ("were
received by Y") takes no part in it; its subject is the sentence's (the people named before its first
event word); and where it names no day but a time of the day ("in the afternoon", calendar.yaml
``day_parts``), it is held on the day of the act before it. Read by sentence_reports.py for each event
word after the first. A link before a clause of its own subject (", before the host welcomed leaders
to a summit") or a noun (", hours before the summit") is no act of the subject: summit_settings.py.
"""

from __future__ import annotations

import re
from functools import cache

from ruchina.extract.event_words import EventWords, listed_words
from ruchina.knowledge.base import calendar_entry

#: at most so many words between the link and the event word ("tenir l'après-midi le 24e sommet")
ACT_WORDS = 5


def act_link(words: EventWords, sentence: str, before_end: int, t_start: int) -> re.Match | None:
    """The act link between the event word before (ending at ``before_end``) and the one at
    ``t_start``, a few words before it; else None."""
    links = listed_words(words.language, "act_links")
    if links is None or before_end >= t_start:
        return None
    link = next(reversed(list(links.finditer(sentence, before_end, t_start))), None)
    if link is None or not sentence[:link.start()].rstrip().endswith(",") or len(
            sentence[link.end():t_start].split()) > ACT_WORDS:
        return None
    return link


def subject_people(sentence_mentions, first_start: int) -> tuple[str, ...]:
    """The people named before the sentence's first event word: its subject."""
    return tuple(dict.fromkeys(m.entity_id for m in sentence_mentions if m.entity_type == "PERSON"
                               and m.end <= first_start))


def names_a_time_of_day(language: str, clause: str) -> bool:
    """Whether the clause names a time of the day ("l'après-midi", "in the afternoon")."""
    pattern = _day_parts(language)
    return pattern is not None and pattern.search(clause) is not None


@cache
def _day_parts(language: str) -> re.Pattern[str] | None:
    forms = [str(f) for f in calendar_entry(language).get("day_parts") or []]
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(f) for f in forms)})(?!\w)", re.IGNORECASE) if forms else None

"""A day told right after an event word that a verb of announcing takes as its object ("Beijing
had announced the visit on Friday", "the Kremlin confirmed the talks yesterday") is the day of the
announcement, not of the event: news tells when a thing was made known after what was made known.
Left to the event, the announcement's day dates a visit days before it began, and the visit then
joins another event of those days.

Only a weekday or a word of the very day ("today", "yesterday"): a date written out after the
event word ("announced the summit of 25 June") may be the event's own. Only where the language
lists its verbs of announcing (knowledge/events_<language>.yaml, ``announcing_verbs``), and only
with the event word their object: a determiner or a possessive right after the verb, at most two
words before the event word ("announced Li's first visit on Friday"), nothing but "on" after it.

The passive says the same the other way round: "the summit was agreed on Sunday in a phone call",
"le sommet avait été décidé dimanche": the day right after a passive of arranging or announcing
that follows the event word is the day it was arranged (knowledge ``arranged_passives``), any date
kind, since nothing but the verb stands between. The day is the act's that arranged it where an
event word follows within a few words ("on Sunday in a four-way phone call": the call's Sunday).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.event_words import EventWords, listed_words
from ruchina.knowledge.base import read_knowledge_file

#: the kinds of date that tell when a thing was said (dates.py's ResolvedDate.kind)
_DAYS_OF_TELLING = frozenset({"weekday", "relative"})
#: between the event word and the day: nothing, or "on" ("the visit on Friday", "the visit Friday")
_RIGHT_AFTER = re.compile(r"\s*(?:on\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _object_of_announcing(language: str) -> re.Pattern[str] | None:
    """The end of a text in which a verb of announcing takes what follows as its object."""
    verbs = read_knowledge_file(f"events_{language}").get("announcing_verbs") or []
    if not verbs:
        return None
    alternatives = "|".join(f"(?:{verb})" for verb in verbs)
    return re.compile(rf"\b(?:{alternatives})\s+(?:the|a|an|his|her|their|its|this|that|[\w-]+['’]s)\s+"
                      rf"(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)


def without_announcement_days(words: EventWords, sentence: str, dates: list, triggers: list) -> list:
    """``dates`` without the days told right after an event word that a verb of announcing takes
    as its object; ``triggers``: the sentence's event words, (type, start, end)."""
    announcing = _object_of_announcing(words.language)
    if announcing is None or not triggers:
        return dates
    return [d for d in dates if not (d.kind in _DAYS_OF_TELLING and _announced_right_before(
        announcing, sentence, d.char_start, triggers))]


def without_arranging_days(words: EventWords, sentence: str, dates: list, t_end: int) -> list:
    """``dates`` less those told after the event word ending at ``t_end`` as what a speaker asks for
    or announces ("issued a statement calling for a ceasefire from midnight on Sunday",
    ``reported_content``) or as the day the event was arranged ("the summit was agreed on Sunday")."""
    arranged = listed_words(words.language, "arranged_passives")
    return [d for d in dates if d.char_start < t_end or not (
        words.reported_content.search(sentence, t_end, d.char_start)
        or (arranged is not None and arranged.fullmatch(sentence[t_end:d.char_start].strip())))]


def arranging_day(words: EventWords, sentence: str, dates: list, triggers: list, index: int):
    """The day the event word before ``triggers[index]`` was arranged on, where this word, a few
    words on, names the act that arranged it ("was agreed on Sunday in a phone call"), or None."""
    arranged = listed_words(words.language, "arranged_passives")
    if arranged is None or index == 0:
        return None
    before_end, t_start = triggers[index - 1][2], triggers[index][1]
    return next((d for d in dates if before_end < d.char_start and d.char_end < t_start
                 and arranged.fullmatch(sentence[before_end:d.char_start].strip())
                 and _FEW_WORDS.fullmatch(sentence, d.char_end, t_start)), None)


#: between the day and the act that arranged it: a few words, no stop ("in a four-way", "lors d'un")
_FEW_WORDS = re.compile(r"\s+(?:[^\s,.;:!?]+\s+){1,4}")


def _announced_right_before(announcing: re.Pattern[str], sentence: str, day_start: int, triggers: list) -> bool:
    for _, start, end in triggers:
        if end <= day_start and _RIGHT_AFTER.match(sentence, end, day_start) \
                and announcing.search(sentence[:start]):
            return True
    return False

"""A visit told as lasting one day ("Cette visite d'une seule journée", "the one-day visit", "однодневный
визит"): the day of the talks it holds is all of it. A minister's trip to a leader is no leaders' visit,
and its visit word is read as the minister's errand (event_visits.visit_holding_main); told as one day's,
the errand is a visit of that day, with the talks' people and place. The words are the language's
(knowledge/event_spans.yaml, `one_day`), right before or after the visit's word.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ruchina.extract.event_report import FAMILY
from ruchina.extract.event_words import event_words
from ruchina.knowledge.base import read_knowledge_file

#: how far from the visit's word the words of one day may stand ("d'une seule journée" after it)
_REACH = 40


@lru_cache(maxsize=None)
def _one_day_words(language: str) -> re.Pattern[str] | None:
    words = (read_knowledge_file("event_spans").get(language) or {}).get("one_day") or []
    return re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE) if words else None


def told_as_one_day(language: str | None, mentions) -> bool:
    """Whether a report of the visit (its EventMentions) says it lasted one day, beside its visit word."""
    if language is None:
        return False
    one_day = _one_day_words(language)
    if one_day is None:
        return False
    trigger = event_words(language).trigger
    for mention in mentions:
        for word in trigger.finditer(mention.sentence):
            if FAMILY[word.lastgroup] == "visit" and one_day.search(
                    mention.sentence, max(0, word.start() - _REACH), word.end() + _REACH):
                return True
    return False



def one_day_visits_of_the_days_talks(language: str, mentions: list) -> list:
    """ "X a reçu vendredi Y ... Quelques heures plus tôt, Y s'était entretenu avec Z. Cette visite d'une
    seule journée ...": a visit report (EventMention) told as one day's, naming no one and no day, in an
    article whose talks held on a day are all on that one day and share one person: that person's visit
    of that day, at the talks' place if they give one (its host is read from the talks,
    event_visits.visit_hosted_by_its_talks). With talks on two days, or of no one person in common, whose
    visit it is the text does not say; undated, it stays background."""
    talks = [m for m in mentions if m.event_type == "meeting" and not m.earlier and m.status == "occurred"
             and m.date is not None and m.date.precision == "day" and m.date.first == m.date.last]
    if len(talks) < 2 or len({m.date.first for m in talks}) != 1:
        return mentions
    shared = set.intersection(*(set(m.participant_ids) for m in talks))
    places = {m.location_id for m in talks if m.location_id}
    if len(shared) != 1 or len(places) > 1:
        return mentions
    told = talks[0]
    return [replace(m, participant_ids=tuple(shared), date=told.date, location_id=next(iter(places), None),
                    date_sentence=told.sentence, date_sentence_start=told.sentence_start)
            if FAMILY.get(m.event_type) == "visit" and not m.participant_ids and m.date is None and not m.earlier
            and m.status == "occurred" and told_as_one_day(language, [m]) else m for m in mentions]

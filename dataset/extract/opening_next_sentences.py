"""The days of a summit or forum told by the sentence right after its report, whose subject is
a noun that refers back to it and is no event word of its own: "Xi and his guests signed the
declaration on Friday ... The gathering, of two days, began on Thursday" ("La cita, de dos días,
comenzó el jueves"). Read alone that sentence reports nothing, and the summit would keep the one
day of its signing.

Only such a sentence counts: it opens on one of the language's back-referring nouns (knowledge/
event_spans.yaml, `back_nouns`), states the days it lasts right after it (`durations_after`,
`amounts`) and the day it began right after a verb of beginning (`began`); and the span must hold
the day the event was dated by. "The meeting of the ministers began on Thursday" names its own
meeting, an event word, and is left to the sentence rules; a sentence with no duration ("La cita
comenzó el jueves") says nothing of the summit's last day and is left alone too.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from ruchina.extract.dates import resolve_dates
from ruchina.extract.event_mentions import ArticleEvent
from ruchina.extract.event_words import EventWords
from ruchina.knowledge.base import read_knowledge_file

#: the families of events this may give days: a summit's and a forum's
_GATHERINGS = frozenset({"forum", "gathering"})
#: where the next sentence ends
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
#: the most characters between the verb of beginning and its day ("comenzó ayer el jueves")
_VERB_TO_DAY = 12


@lru_cache(maxsize=None)
def _patterns(language: str) -> tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...], re.Pattern[str] | None,
                                       dict[str, int]]:
    data = read_knowledge_file("event_spans").get(language) or {}
    nouns, began = data.get("back_nouns") or [], data.get("began") or []
    if not nouns or not began:
        return None, (), None, {}
    noun = re.compile(r"^(?:%s)\b" % "|".join(nouns), re.IGNORECASE)
    durations = tuple(re.compile(p, re.IGNORECASE) for p in data.get("durations_after") or [])
    verb = re.compile(r"\b(?:%s)\b" % "|".join(began), re.IGNORECASE)
    return noun, durations, verb, {k.casefold(): int(v) for k, v in (data.get("amounts") or {}).items()}


def spans_opened_next(words: EventWords, events: list[ArticleEvent], body: str) -> None:
    """Give each summit or forum dated by one day the days the sentence after its report states."""
    noun, durations, verb, amounts = _patterns(words.language)
    if noun is None or not body:
        return
    for event in events:
        date = event.date
        if (event.family not in _GATHERINGS or date is None or date.precision != "day" or date.first != date.last
                or event.published is None):
            continue
        for mention in event.mentions:
            days = _told_next(words, noun, durations, verb, amounts, body, mention.sentence_end, event.published,
                              mention.part == "lead")
            if days and days[0] <= date.first <= days[1]:
                stretched = replace(date, first=days[0], last=days[1])
                for position, own in enumerate(event.mentions):
                    if own.date is date:
                        event.add(replace(own, date=stretched), position)
                        break
                else:
                    event.assumed_date = stretched
                    event.__dict__.pop("date", None)
                break


def _told_next(words: EventWords, noun, durations, verb, amounts, body: str, sentence_end: int,
               published: dt.date, lead: bool) -> tuple[dt.date, dt.date] | None:
    """The first and last day the sentence right after ``sentence_end`` states, or None; past a
    paragraph's end only after the ``lead``, a paragraph of its own that the story goes on from."""
    if sentence_end is None or sentence_end <= 0:
        return None
    following = body[sentence_end:sentence_end + 300]
    if not lead and "\n\n" in following[:len(following) - len(following.lstrip())]:
        return None  # (a new paragraph may speak of another event)
    text = following.lstrip()
    end = _SENTENCE_END.search(text)
    sentence = text[:end.end()] if end else text
    opening = noun.match(sentence)
    if opening is None or words.trigger.search(sentence, 0, opening.end()):
        return None
    # (the patterns are anchored at the event word's end: "^\\s*, de dos días")
    stated = next((m for p in durations if (m := p.match(sentence[opening.end():]))), None)
    amount = stated and amounts.get(stated.group("amount").casefold())
    began = verb.search(sentence, opening.end() + stated.end()) if amount else None
    if began is None or words.trigger.search(sentence, opening.end(), began.start()):
        return None
    for day in resolve_dates(sentence, published, "past", words.language):
        if (day.precision == "day" and day.first == day.last
                and began.end() <= day.char_start <= began.end() + _VERB_TO_DAY):
            return day.first, day.first + dt.timedelta(days=amount - 1)
    return None

"""A day named as the n-th of a visit or summit ("on Friday, the second day of his state
visit", "во второй день государственного визита", "au deuxième jour de la visite d'État"):
the event began n-1 days before that day and lasts at least until it. Left at the named day
alone, the report would date the visit by its second day and stand apart from the reports
that give its first.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import EventWords
from ruchina.knowledge.base import entity_catalog, read_knowledge_file

#: how far before the day's phrase its opening words may begin (event_opening_days.py's reach)
_OPENING_REACH = 30


def dated_by_its_nth_day(words: EventWords, mentions: list[EventMention]) -> list[EventMention]:
    """The mentions, those dated by a day their sentence calls the event's n-th given the
    days from the event's first to that day. An event word with no day of its own takes the
    day of its sentence's other event ("held talks on Tuesday, the second day of the visit")."""
    day_of_sentence = {}
    for m in mentions:
        if _one_day(m.date):
            day_of_sentence.setdefault(m.sentence_key, m.date)
    dated = [_from_first_day(words, m, day_of_sentence.get(m.sentence_key)) for m in mentions]
    # ("on Friday, the second day of his state visit, he flew to Harbin": the flight is Friday's)
    counted = {m.sentence_key for m, d in zip(mentions, dated) if d is not m}
    return [replace(d, date=day_of_sentence[d.sentence_key])
            if d.date is None and d.sentence_key in counted and d.sentence_key in day_of_sentence else d
            for d in dated]


def _one_day(date: ResolvedDate | None) -> bool:
    return date is not None and date.precision == "day" and date.first == date.last


def _from_first_day(words: EventWords, mention: EventMention, sentence_day: ResolvedDate | None) -> EventMention:
    if mention.date is not None:
        date = mention.date if _one_day(mention.date) else None  # (a range or a month: no day to count from)
    else:
        date = sentence_day
    if date is None:
        return mention
    n = _day_number(words, mention)
    if n is None:
        return mention
    if mention.date is not None and _opening_day(words, mention):
        # ("on Friday, the second day of a summit that opened on Thursday": the day is its first)
        return replace(mention, date=replace(date, last=date.first + dt.timedelta(days=n - 1)))
    return replace(mention, date=replace(date, first=date.first - dt.timedelta(days=n - 1)))


def _opening_day(words: EventWords, mention: EventMention) -> bool:
    """Whether the mention's day is the one its sentence says the event opened on ("a summit that
    opened on Thursday": event_opening_days.py's words)."""
    date = mention.date
    return date.char_end > 0 and mention.date_sentence is None and bool(
        words.first_day.search(mention.sentence, max(0, date.char_start - _OPENING_REACH), date.char_start))


def _day_number(words: EventWords, mention: EventMention) -> int | None:
    """n where the words right before an event word of the mention's kind, in its scope, name
    the n-th day of it (the words may stand before the scope: it starts at its event word
    where the sentence holds several)."""
    sentence, (start, end) = mention.sentence, mention.scope
    for n, day_of in words.day_of:
        for found in day_of.finditer(sentence):
            trigger = words.trigger.match(sentence, found.end())
            if trigger and trigger.lastgroup == mention.event_type and start <= trigger.start() < end:
                return n
    return None


def counted_from_the_storys_day(words: EventWords, events: list, main) -> None:
    """ "The chiefs signed the contract as the presidents looked on, on the second and last day of
    X's visit to China": a visit whose report counts the day it tells of as its n-th, in a
    sentence that gives no day of its own, under a main event held on one day at a place inside
    the visit's, is counted from that day, the story's (a sentence of the day's story with no day
    tells that day). A visit of the past, one of no one, or one placed elsewhere is left as it is.
    Called by event_mentions.py once the main event is dated (ArticleEvent)."""
    day = main.date
    if (not _one_day(day) or main.earlier or main.location_id is None
            or not any(m.status == "occurred" for m in main.mentions)):
        return
    places = {main.location_id, *entity_catalog().places_containing(main.location_id)}
    for event in events:
        if (event is main or event.family != "visit" or event.date is not None or event.earlier
                or not event.participants or event.location_id not in places):
            continue
        counted = next(((m, n) for m in event.mentions if m.status == "occurred" and m.date is None
                        and (n := _day_number(words, m)) is not None), None)
        if counted is not None:
            told, n = counted
            first = main.mentions[0]
            event.add(replace(told, date=replace(day, first=day.first - dt.timedelta(days=n - 1)),
                              date_sentence=first.sentence, date_sentence_start=first.sentence_start),
                      event.mentions.index(told))


#: the kinds of event whose n-th day a sentence may date another of its events by
_SPANS = frozenset({"visit", "state_visit"})


def talks_on_a_visits_nth_day(words: EventWords, mentions: list[EventMention]) -> list[EventMention]:
    """ "The accord came after talks in Beijing on the second day of X's visit, which began on
    Sunday": talks with no day of their own, told on the n-th day of a visit of their sentence
    dated from its first day, were held on that day (the first plus n-1); when the sentence names
    no one in them, its visitor is in them (the visit is his: he holds its talks). Talks of a
    sentence that counts no day of the visit, or one whose visit has no first day, are left as
    they are: "talks during X's visit, which began on Sunday" are not Sunday's."""
    result = []
    for mention in mentions:
        undated_talks = mention.event_type == "meeting" and mention.date is None and mention.status == "occurred"
        visit = (_counted_visit(words, mention, mentions) or _visit_told_right_before(words.language, mention, mentions)
                 if undated_talks else None)
        if visit is None:
            result.append(mention)
            continue
        found, n = visit
        day = found.date.first + dt.timedelta(days=n - 1)
        if found.date.last < day:
            result.append(mention)  # (a count past the visit's days: no day of it)
            continue
        people = mention.participant_ids or _visitor_and_cosigners(found, day, mentions)
        result.append(replace(mention, date=replace(found.date, first=day, last=day), participant_ids=people))
    return result


def _visitor_and_cosigners(visit: EventMention, day: dt.date, mentions: list[EventMention]) -> tuple[str, ...]:
    """The visitor, and those the article tells signing with him on the talks' day ("X and Y on
    Monday signed a statement. The statement came after talks on the second day of X's visit": Y
    held them with him); not when it tells two signings of his that day (which one's people?)."""
    signings = [m for m in mentions if m.event_type == "agreement" and m.status == "occurred" and not m.earlier
                and _one_day(m.date) and m.date.first == day
                and set(visit.participant_ids) <= set(m.participant_ids)]
    if len({frozenset(m.participant_ids) for m in signings}) != 1:
        return visit.participant_ids
    return tuple(dict.fromkeys(visit.participant_ids + signings[0].participant_ids))


def _counted_visit(words: EventWords, talks: EventMention, mentions: list[EventMention]):
    """The visit of the talks' sentence, dated to the day from its first, and n, where the words
    right before its event word name the n-th day of it."""
    for visit in mentions:
        if (visit.event_type not in _SPANS or visit.sentence_key != talks.sentence_key or visit.date is None
                or visit.date.precision != "day" or not visit.participant_ids):
            continue
        n = _day_number(words, visit)
        if n is not None:
            return visit, n
    return None


def _visit_told_right_before(language: str, talks: EventMention, mentions: list[EventMention]):
    """The visit of the sentence right before the talks', dated to the day from its first, and n, where
    the talks' sentence opens on the n-th day alone ("X is on a four-day visit since Monday. On the first
    day he held talks with Y": Monday's; grammar `day_openers`), the visitor among the talks' people."""
    opened = _day_opener(language, talks.sentence)
    if opened is None or talks.sentence_start < 0:
        return None
    before = [m for m in mentions if m.event_type in _SPANS and m.sentence_start >= 0 and m.date is not None
              and m.date.precision == "day" and 0 <= talks.sentence_start - m.sentence_end <= _SENTENCE_GAP
              and set(m.participant_ids) & set(talks.participant_ids)]
    return (before[-1], opened) if before else None


#: the most characters between one sentence's end and the next one's start (a space, a line break)
_SENTENCE_GAP = 3


def _day_opener(language: str, sentence: str) -> int | None:
    """n, where the sentence opens on the n-th day with no event named after it ("Am ersten Tag hatte er")."""
    return next((n for n, opener in _day_openers(language) if opener.match(sentence)), None)


@lru_cache(maxsize=None)
def _day_openers(language: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
    openers = (read_knowledge_file(f"events_{language}").get("grammar") or {}).get("day_openers") or {}
    return tuple((int(n), re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE))
                 for n, patterns in openers.items())

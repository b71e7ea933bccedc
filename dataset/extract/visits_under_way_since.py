"""A visit told under way since a day ("Lawrow ist seit Montag zu einem Besuch in China", "X has
been in Beijing since Monday on a visit", "находится в Пекине с визитом с понедельника"): the day
after the language's `since` word (knowledge/event_spans.yaml, which dates the first day of a
dated event under way the same way) is the visit's first day. The sentence rules leave such a
day to no event (it is told as the start of a state, not of an act), and an undated visit told
held is background (event_mentions._background), so the visit row of the day's story was lost.
Only a day-precise day of the week before the story's day, right after the word ("seit Montag"),
of a visit told held (not planned): "the first visit since May" is a month, not a day, "seit
seinem Besuch im Mai" has no day right after the word, and "his visit last year" no such word.
Its later days come from the words that state a duration (event_spans.py).

So too a visit its sentence tells as ended at the day of the sentence's other act ("a été reçu
mardi par X au terme d'une visite de deux jours", "was received by X on Tuesday at the end of a
two-day visit"): the end verb (event_spans.yaml's `ended`, event_endings.py) makes that day its
last, and its duration counts back from it. Only where the sentence gives that one day.

So too a visit of a visitor the sentence right before it, in its paragraph, tells in a place since a
day, reporting no event ("Li ist seit Dienstag in Moskau. Sein offizieller Besuch endet am Donnerstag.",
"X has been in Hanoi since Monday. His visit ends on Thursday."): the visit began that day, there, and
is under way (held), to the last day its own words give. Not where the sentence before names someone
else, or reports an event of its own (whose day it is), or names no day after its since-word.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ruchina.extract.dates import resolve_dates
from ruchina.extract.event_endings import told_as_ended
from ruchina.extract.event_report import FAMILY, EventMention
from ruchina.extract.event_spans import since_words
from ruchina.text.sentences import last_sentence

#: a visit under way began no longer ago than this (a day further back is another story's)
UNDER_WAY_SINCE = dt.timedelta(days=7)


def dated_since_a_day(words, mentions: list[EventMention], published: dt.date | None,
                      language: str, body: str = "", body_mentions=()) -> list[EventMention]:
    """The mentions, an undated visit told under way since a day dated from that day, and one
    told ended dated by its sentence's one day; a visit after a sentence telling its visitor in a
    place since a day begun then, there. ``words``: the language's event words; ``body_mentions``,
    the body's linked names (each with its start in ``body``)."""
    if published is None:
        return mentions
    since = since_words(language)
    mentions = [_dated(words, m, since, published, language) if m.date is None and FAMILY.get(m.event_type) == "visit"
                and m.status == "occurred" and not m.earlier else m for m in mentions]
    if since is None or not body:
        return mentions
    reported = {m.sentence_start for m in mentions}
    return [_begun_the_sentence_before(words, m, since, body, body_mentions, reported, published, language)
            if FAMILY.get(m.event_type) == "visit" and m.participant_ids and not m.earlier and m.sentence_start > 0
            else m for m in mentions]


def _begun_the_sentence_before(words, mention: EventMention, since, body: str, body_mentions, reported: set[int],
                               published: dt.date, language: str) -> EventMention:
    paragraph_break = body.rfind("\n\n", 0, mention.sentence_start)
    paragraph_start = paragraph_break + 2 if paragraph_break >= 0 else 0
    before = last_sentence(body, paragraph_start, mention.sentence_start)
    if before is None or before.start in reported or words.trigger.search(before.text):
        return mention  # (no sentence before in the paragraph, or one reporting an event of its own)
    start = before.start
    days = [d for d in resolve_dates(before.text, published, "past", language)
            if d.precision == "day" and d.first == d.last and published - UNDER_WAY_SINCE <= d.first <= published]
    if len(days) != 1 or not since.search(before.text[:days[0].char_start]):
        return mention
    first = days[0].first
    named = [m for m in body_mentions if start <= m.start < start + len(before.text)]
    people = {m.entity_id for m in named if m.entity_type == "PERSON"}
    if people != {mention.participant_ids[0]} or (mention.date is not None and mention.date.first < first):
        return mention  # (someone else's stay, or a visit its own words date before it)
    place = next((m.entity_id for m in named if m.entity_type == "GPE"), None)
    last = mention.date.last if mention.date is not None and mention.date.last >= first else first
    return replace(mention, date=replace(days[0], first=first, last=last), status="occurred",
                   location_id=mention.location_id or place, date_sentence=before.text, date_sentence_start=start)


def _dated(words, mention: EventMention, since, published: dt.date, language: str) -> EventMention:
    sentence = mention.sentence
    days = [d for d in resolve_dates(sentence, published, "past", language)
            if d.precision == "day" and d.first == d.last and d.first <= published]
    start, end = mention.clause
    trigger = next((t.span() for t in words.trigger.finditer(sentence, start, end)
                    if t.lastgroup == mention.event_type), None)
    if len(days) == 1 and trigger is not None and told_as_ended(words, sentence, trigger, days[0]):
        return replace(mention, date=days[0])  # ("au terme d'une visite de deux jours": its last day)
    # (the since-word right before a day of the sentence: "seit Montag", "since Monday", though another
    # day, read in the past, falls before it: "seit Montag zu einem viertägigen Besuch ..., der am
    # Donnerstag endet"; beside a later day of another act, "en visite depuis lundi, a été reçu
    # mercredi", the visit takes that act's day and event_spans.py stretches it back to the day it began)
    begun = [d for d in days if since is not None and d.first >= published - UNDER_WAY_SINCE
             and since.search(sentence[:d.char_start])]
    if len(begun) != 1 or any(d.first > begun[0].first for d in days):
        return mention
    return replace(mention, date=begun[0])

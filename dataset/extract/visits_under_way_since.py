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
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ruchina.extract.dates import resolve_dates
from ruchina.extract.event_endings import told_as_ended
from ruchina.extract.event_report import FAMILY, EventMention
from ruchina.extract.event_spans import since_words

#: a visit under way began no longer ago than this (a day further back is another story's)
UNDER_WAY_SINCE = dt.timedelta(days=7)


def dated_since_a_day(words, mentions: list[EventMention], published: dt.date | None,
                      language: str) -> list[EventMention]:
    """The mentions, an undated visit told under way since a day dated from that day, and one
    told ended dated by its sentence's one day. ``words``: the language's event words."""
    if published is None:
        return mentions
    since = since_words(language)
    return [_dated(words, m, since, published, language) if m.date is None and FAMILY.get(m.event_type) == "visit"
            and m.status == "occurred" and not m.earlier else m for m in mentions]


def _dated(words, mention: EventMention, since, published: dt.date, language: str) -> EventMention:
    sentence = mention.sentence
    days = [d for d in resolve_dates(sentence, published, "past", language)
            if d.precision == "day" and d.first == d.last and d.first <= published]
    start, end = mention.clause
    trigger = next((t.span() for t in words.trigger.finditer(sentence, start, end)
                    if t.lastgroup == mention.event_type), None)
    if len(days) == 1 and trigger is not None and told_as_ended(words, sentence, trigger, days[0]):
        return replace(mention, date=days[0])  # ("au terme d'une visite de deux jours": its last day)
    # (the since-word right before the sentence's one day: "seit Montag", "since Monday"; beside
    # another day, "en visite depuis lundi, a été reçu mercredi", the visit takes the act's day and
    # event_spans.py stretches it back to the day it began)
    if (since is not None and len(days) == 1 and days[0].first >= published - UNDER_WAY_SINCE
            and since.search(sentence[:days[0].char_start])):
        return replace(mention, date=days[0])
    return mention

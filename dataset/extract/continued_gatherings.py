"""A summit or forum told as going on until a day after its article has reported it ("Le sommet du G8
s'est ouvert dimanche ... Le sommet proprement dit se poursuit jusqu'à mardi", "the summit continues
until Tuesday"): the same gathering, whose last day that is (event_spans.py reads it), not a second
one planned from the page's day to it.

Its report joins the gathering told before it, of the same type, dated to a day before the one it goes
on to, at the same place or none, with none but its people, and takes that one's status: a preview's
"the summit opens on Monday and continues until Wednesday" stays planned.

The verbs are each language's (knowledge/event_spans.yaml, ``continues``, right after the event word).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ruchina.extract.event_endings import span_verbs
from ruchina.extract.event_inside import CONTAINER_TYPES
from ruchina.extract.event_mentions import ArticleEvent
from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import EventWords

#: the gatherings that go on for days
_GATHERINGS = frozenset({"summit", "forum"})
#: the most characters between the event word and its verb of going on ("Le sommet proprement dit se poursuit")
_GAP = 30
#: what no gap may hold: another sentence part
_BREAK = re.compile(r"[,.;:!?()\[\]—–]")


def fold_continued_gatherings(words: EventWords, events: list[ArticleEvent]) -> None:
    """Join each gathering told only as going on to the gathering of its type told before it (in place)."""
    verbs = span_verbs(words.language, "continues")
    if verbs is None:
        return
    for event in list(events):
        if not event.mentions or not all(
                m.event_type in _GATHERINGS and _told_going_on(words, verbs, m) for m in event.mentions):
            continue
        earlier = _gathering_before(events, event)
        if earlier is None:
            continue
        for mention in event.mentions:
            earlier.add(replace(mention, date=None, status=earlier.mentions[0].status, refers_back=True))
        events.remove(event)


def _told_going_on(words: EventWords, verbs: re.Pattern[str], mention: EventMention) -> bool:
    """Whether a verb of going on follows the report's event word, nothing but a few words between."""
    sentence = mention.sentence
    for found in words.trigger.finditer(sentence):
        if found.lastgroup != mention.event_type:
            continue
        verb = verbs.search(sentence, found.end(), found.end() + _GAP + 40)
        if verb and verb.start() - found.end() <= _GAP and not _BREAK.search(sentence, found.end(), verb.start()):
            return True
    return False


def _gathering_before(events: list[ArticleEvent], event: ArticleEvent) -> ArticleEvent | None:
    """The gathering of the event's type told before it in the article, dated to one day, at its place or none."""
    told_at = min(m.sentence_start for m in event.mentions)
    place = event.location_id
    for other in events:
        if other is event or other.earlier or not (CONTAINER_TYPES & other.types()) & event.types():
            continue
        date = other.date
        if (date is None or date.precision != "day" or min(m.sentence_start for m in other.mentions) >= told_at
                or (place and other.location_id and place != other.location_id)
                or not event.participants <= other.participants):
            continue
        return other
    return None

"""A body's leaders meeting beside another body's summit is their meeting, not their summit.

"BRICS leaders meet" or "an informal BRICS meeting" names the body's summit (summit_bodies.py: a
meeting's word after a body's name is its summit), and so it is where nothing else is told. But
where the article tells another body's summit on the same days ("the G20 summit opened this
afternoon") and the gathering is told beside it ("informal", "before the G20 opening session",
"on the sidelines of"), the leaders of the one body met for an hour at the other's summit: a
meeting, part of that summit (the corpus ties it: events.part_of). A gathering any report of which
uses the summit's own word ("the BRICS summit") stays a summit: two bodies may hold their summits
in one city in one week. The words that tell a gathering held beside another are each language's
``beside_summits`` (knowledge/events_<language>.yaml).
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_mentions import ArticleEvent
from ruchina.extract.event_words import EventWords, listed_words

SUMMIT, MEETING = "summit", "meeting"


def body_meetings_beside_summits(words: EventWords, events: list[ArticleEvent]) -> None:
    """Retypes, in place, each body's gathering told only by meeting words, beside another
    body's summit on overlapping days at the same place (or none), as a meeting."""
    beside = listed_words(words.language, "beside_summits")
    if beside is None:
        return
    for gathering in events:
        if not _a_bodys_meeting(words, gathering) or not any(
                beside.search(m.sentence) for m in gathering.mentions):
            continue
        if any(_another_bodys_summit(summit, gathering) for summit in events if summit is not gathering):
            for position, mention in enumerate(gathering.mentions):
                if mention.event_type == SUMMIT:
                    gathering.add(replace(mention, event_type=MEETING), position)


def _a_bodys_meeting(words: EventWords, event: ArticleEvent) -> bool:
    """A summit named by a body, none of whose reports says "summit" (its word is a meeting's:
    "BRICS leaders meet", "an informal BRICS meeting"); held, not told as earlier."""
    if SUMMIT not in event.types() or not event.types() <= {SUMMIT, MEETING} or event.earlier:
        return False
    if not event.event_names or any(m.status != "occurred" for m in event.mentions):
        return False
    return not any(_word_of(words, m) == SUMMIT for m in event.mentions)


def _word_of(words: EventWords, mention) -> str | None:
    """The kind of the first event word in the report's scope (its sentence where none is set); a
    summit's word that ends in a meeting's ("BRICS meeting") is a
    meeting's."""
    start, end = mention.scope if mention.scope[1] > 0 else (0, len(mention.sentence))
    word = next(words.trigger.finditer(mention.sentence, start, end), None)
    if word is None or word.lastgroup != SUMMIT:
        return word.lastgroup if word else None
    inner = (w.lastgroup for w in words.trigger.finditer(mention.sentence, word.start() + 1, word.end()))
    return MEETING if MEETING in inner else SUMMIT


def _another_bodys_summit(summit: ArticleEvent, gathering: ArticleEvent) -> bool:
    """A summit another name names, on days that meet the gathering's, at its place or none."""
    if summit.types() != {SUMMIT} or not summit.event_names or summit.event_names & gathering.event_names:
        return False
    if None not in (summit.location_id, gathering.location_id) and summit.location_id != gathering.location_id:
        return False
    return summit.date is None or gathering.date is None or summit.date.overlaps(gathering.date)

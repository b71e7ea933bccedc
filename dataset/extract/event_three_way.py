"""A three-way meeting told beside two leaders' talks: two events. "Xi and Putin later joined
the Mongolian president for a trilateral meeting" reports a meeting of three countries' heads,
held the same day and place as the two leaders' talks (part of the same visit or summit), and
the third leader took no part in the talks. A report whose clause says its meeting is three-way
(``three_way`` in knowledge/events_<language>.yaml, EventWords.three_way) is kept apart from
reports of a meeting that no such clause tells, within an article and across articles
(event_sidelines.held_apart).
Someone who "joined the talks" with no such word stays in the talks: the article tells one
meeting, and the words that follow may be about it. A meeting told with no such word that
already names the three-way one's three people ("X hosts Y, Z for talks" over "a trilateral
meeting" of the three) is that meeting told again, not two leaders' talks beside it; so is one
naming three people beside a three-way report naming no one ("The foreign ministers of A, B and C
met ... X chaired the talks with Y and Z").
"""

from __future__ import annotations

from ruchina.extract.event_words import three_way_words
from ruchina.knowledge.base import event_languages

MEETING, SUMMIT = "meeting", "summit"


def told_three_way(mention) -> bool:
    """Whether a report's own clause says its meeting is three-way."""
    start, end = mention.scope if mention.scope != (0, 0) else (0, len(mention.sentence))
    lowered = mention.sentence[start:end].lower()
    # (an article event keeps no language: the words of every language, which no other
    # language writes, are looked for; each language's pieces of them first, as the merge asks
    # this of every report of the corpus: 0.8 s of CPU a 10,000-article build without them)
    return any(prefilter.may_match(lowered) and words.search(mention.sentence, start, end)
               for prefilter, words in map(three_way_words, event_languages()))


def three_way(event) -> bool:
    """Whether an event (ArticleEvent) is a meeting some report of which says it is three-way."""
    return MEETING in event.types() and any(told_three_way(m) for m in event.mentions)


def three_way_apart(a, b) -> bool:
    """Whether one of two meetings is told as three-way and the other, not so told, is not
    that meeting told again by naming its three (or more) people."""
    if not (MEETING in a.types() and MEETING in b.types()) or three_way(a) == three_way(b):
        return False
    told, other = (a, b) if three_way(a) else (b, a)
    # (nor one naming no one, "the foreign ministers of A, B and C met", beside a meeting naming three:
    # "X chaired the talks with Y and Z" tells who they were)
    return not ((len(told.participants) >= 3 and told.participants <= other.participants)
                or (not told.participants and len(other.participants) >= 3))


def three_way_beside_a_body_summit(a, b) -> bool:
    """Whether one of two events is told three-way in a report ("the first three-way meeting",
    "ersten Dreiergipfel ihrer Länder", however its word calls it) and the other is a summit its body's
    name names ("the G8 summit") that no report tells three-way: three leaders meeting beside a
    club's summit hold a meeting of their own, no sitting of the club's summit."""
    if _told_three_way(a) == _told_three_way(b):
        return False
    told, other = (a, b) if _told_three_way(a) else (b, a)
    # (not a summit named as the setting of the three's meeting, "met Y on the sidelines of the summit
    # in their first trilateral meeting": that is the body's summit told again)
    return other.mentions[0].event_type == SUMMIT and bool(other.own_names) and not told.mentions[0].setting


def _told_three_way(event) -> bool:
    return any(told_three_way(m) for m in event.mentions)

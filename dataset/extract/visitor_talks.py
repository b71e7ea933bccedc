"""Talks a trip's preview tells with no subject ("He then flies to Beijing. A meeting with President X
is set for Monday"): the one they are with is named after the language's "with" (`guest_talks_with`
in knowledge/events_<language>.yaml), and no one is named before it; the other side is the
article's traveller, the one visitor of its one visit, when the talks fall in the visit's days.
Left to the one named, the talks are no meeting of two and match no other report of them.

Not where anyone else stands before "with" (a capitalised word other than the sentence's first:
"Lula's meeting with X", whose "Lula" linking may have missed), nor in an article of two visits of
different visitors, nor for talks dated outside the visit's days.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.event_visits import last_day_of, visit_hosted_by_its_talks, visit_hosted_by_talks
from ruchina.extract.linking import Mention
from ruchina.extract.visit_counterparts import without_host_officials
from ruchina.knowledge.base import read_knowledge_file

#: how many words (titles: "President", "Premier") may stand between "with" and the name
TITLE_WORDS = 3


def visits_hosted(events: list, body_mentions: list[Mention], language: str) -> None:
    """The talks' people, then each visit's host from them (event_visits.py): "A meeting with X is
    set for Monday" first gives the visitor's talks with X, whom the visit then has for its host.
    (First off each visit, the visited country's officials its sentences name: the visitor's
    counterparts, no hosts: visit_counterparts.py.)"""
    without_host_officials(events)
    visitor_joins_subjectless_talks(events, body_mentions, language)
    visit_hosted_by_talks(events)  # (beside its visitor's talks with one other in its sentence)
    visit_hosted_by_its_talks(events)  # (naming only its visitor, beside his talks with one other)


@lru_cache(maxsize=None)
def _with_before(language: str) -> re.Pattern[str] | None:
    words = read_knowledge_file(f"events_{language}").get("guest_talks_with") or []
    if not words:
        return None
    alternatives = "|".join(f"(?:{w})" for w in words)
    return re.compile(rf"\b(?:{alternatives})\s+(?:[\w.’'-]+\s+){{0,{TITLE_WORDS}}}$", re.IGNORECASE)


def visitor_joins_subjectless_talks(events: list, body_mentions: list[Mention], language: str) -> None:
    """Adds the article's one visitor to each meeting of one person told only after "with"."""
    with_before = _with_before(language)
    if with_before is None:
        return
    visits = [e for e in events if e.family == "visit" and not e.earlier and len(e.participants) == 1]
    visitors = {p for v in visits for p in v.participants}
    if len(visitors) != 1:
        return
    (visitor,) = visitors
    visit = next(v for v in visits if v.date is not None) if any(v.date for v in visits) else visits[0]
    for talks in events:
        if (talks.family != "gathering" or talks.mentions[0].event_type != "meeting" or talks.earlier
                or len(talks.participants) != 1 or visitor in talks.participants):
            continue
        if talks.date is not None and visit.date is not None and (
                talks.date.first < visit.date.first or talks.date.last > last_day_of(visit.date)):
            continue
        (guest,) = talks.participants
        if all(_subjectless(m, guest, body_mentions, with_before) for m in talks.mentions if m.participant_ids):
            talks.add_people([visitor])


def _subjectless(mention, guest: str, body_mentions: list[Mention], with_before: re.Pattern[str]) -> bool:
    """The report's sentence names the guest right after "with", and no one before "with"."""
    if mention.sentence_start < 0:
        return False
    start, end = mention.sentence_start, mention.sentence_start + len(mention.sentence)
    named = [m for m in body_mentions if m.entity_type == "PERSON" and start <= m.start < end]
    own = next((m for m in named if m.entity_id == guest), None)
    if own is None or any(m.start < own.start for m in named if m is not own):
        return False
    before = mention.sentence[:own.start - start]
    found = with_before.search(before)
    if found is None:
        return False
    # (no capitalised word before "with" but the sentence's first: no subject linking missed)
    opening = before[:found.start()].split()
    return not any(word[:1].isupper() for word in opening[1:])

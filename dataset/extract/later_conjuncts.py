"""Two meetings told in one clause, the second person joined by a time of his own ("is to see A and,
in the evening, B"; "held talks with A in the afternoon and is to see B this evening"): the visitor
meets each apart, at another hour, so the report is two meetings of two, not one of three. What
joins them is the language's `later_conjuncts` (knowledge/events_<language>.yaml), the whole text
between the two names; a list with no time or verb of its own ("talks with A and B") stays one
meeting, as does any report naming other than one person before the two.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ruchina.knowledge.base import read_knowledge_file

MEETING = "meeting"


def meetings_at_their_own_hours(mentions: list, body_mentions: list, language: str) -> list:
    """The mentions, each meeting of three whose third person is joined by a time or a verb of his own
    made two meetings of two."""
    pattern = _pattern(language)
    if pattern is None:
        return mentions
    found = []
    for mention in mentions:
        found += _split(pattern, mention, body_mentions)
    return found


def _split(pattern, mention, body_mentions) -> list:
    if mention.event_type != MEETING or len(mention.participant_ids) != 3 or mention.sentence_start < 0:
        return [mention]
    start, end = mention.sentence_start, mention.sentence_start + len(mention.sentence)
    named = {}
    for m in body_mentions:
        if m.entity_id in mention.participant_ids and start <= m.start < end and m.entity_type == "PERSON":
            named.setdefault(m.entity_id, m)
    if len(named) != 3:
        return [mention]
    first, one, other = sorted(named.values(), key=lambda m: m.start)
    if pattern.fullmatch(mention.sentence, one.end - start, other.start - start) is None:
        return [mention]
    return [replace(mention, participant_ids=(first.entity_id, one.entity_id)),
            replace(mention, participant_ids=(first.entity_id, other.entity_id))]


@lru_cache(maxsize=None)
def _pattern(language: str) -> re.Pattern[str] | None:
    words = read_knowledge_file(f"events_{language}").get("later_conjuncts") or []
    return re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE) if words else None

"""A sentence that opens on a meeting with someone as the time of what it tells ("会见梅德韦杰夫时，胡锦涛说
……", "Meeting Medvedev, Hu said ..."), after a lead that told several meetings, belongs to the meeting with
that one: its people are he and those its main clause names, not the group told before it.

The opening is each language's (knowledge/events_<language>.yaml, ``meeting_when_opening``, its group
``who`` the one met); one it names nobody in is left as it was.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ruchina.extract.event_report import EventMention
from ruchina.knowledge.base import read_knowledge_file

_MEETING, _PERSON = "meeting", "PERSON"


@lru_cache(maxsize=None)
def _openings(language: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE)
                 for p in read_knowledge_file(f"events_{language}").get("meeting_when_opening") or [])


def meetings_by_their_opening(language: str, mentions: list[EventMention], body_mentions: list) -> list[EventMention]:
    """The mentions, each meeting's whose sentence opens on the meeting with someone given that one and
    the people of its main clause."""
    openings = _openings(language)
    if not openings:
        return mentions
    return [_by_opening(openings, m, body_mentions) if m.event_type == _MEETING and m.sentence_start >= 0 else m
            for m in mentions]


def _by_opening(openings, mention: EventMention, body_mentions: list) -> EventMention:
    opened = next((found for p in openings if (found := p.match(mention.sentence))), None)
    if opened is None:
        return mention
    start = mention.sentence_start
    people = [(m.start - start, m.entity_id) for m in body_mentions
              if m.entity_type == _PERSON and start <= m.start < start + len(mention.sentence)]
    met = [pid for at, pid in people if opened.start("who") <= at < opened.end("who")]
    told = [pid for at, pid in people if at >= opened.end()]
    if not met or not told:
        return mention
    # (the main clause's first person is its subject, who met him: "胡锦涛说")
    return replace(mention, participant_ids=tuple(dict.fromkeys(told[:1] + met)))

"""One named as the person another stands in for ("led the delegation in place of Vladimir
Putin", "attended instead of the president", "вместо Владимира Путина") is away: not one of the
event's people, though the sentence names him. The words are each language's `stood_in_for`
(knowledge/events_<language>.yaml); the person must follow them, with at most a title between.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ruchina.extract.event_report import EventMention
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import read_knowledge_file

#: the words of a title that may stand between the cue and the name ("in place of Russian President ")
_TITLE_WORDS = 3
#: how far before a person the cue is looked for
_WINDOW = 80


@lru_cache(maxsize=None)
def _stood_in_for(language: str) -> re.Pattern[str] | None:
    data = read_knowledge_file(f"events_{language}")
    words = data.get("stood_in_for") or []
    if not words:
        return None
    alternatives = "|".join(f"(?:{w})" for w in words)
    spaced = data.get("word_boundaries", True)
    edge = r"\b" if spaced else ""
    return re.compile(rf"{edge}(?:{alternatives})\s*(?:[\w.-]+\s+){{0,{_TITLE_WORDS}}}$", re.IGNORECASE)


def without_stand_ins(mentions: list[EventMention], body_mentions: list[Mention], language: str) -> list[EventMention]:
    """The reports, each without the people its sentence names only as the ones stood in for."""
    pattern = _stood_in_for(language)
    if pattern is None:
        return mentions
    people = [m for m in body_mentions if m.entity_type == "PERSON"]
    result = []
    for mention in mentions:
        if mention.sentence_start >= 0 and mention.participant_ids:
            inside = [m for m in people if mention.sentence_start <= m.start < mention.sentence_end]
            stood_in_for = {m: pattern.search(_before(mention, m)) is not None for m in inside}
            # (one the sentence also names without the cue is there)
            away = {m.entity_id for m, yes in stood_in_for.items() if yes}
            away -= {m.entity_id for m, yes in stood_in_for.items() if not yes}
            if away & set(mention.participant_ids):
                mention = replace(mention, participant_ids=tuple(p for p in mention.participant_ids if p not in away))
        result.append(mention)
    return result


def _before(mention: EventMention, person: Mention) -> str:
    """The sentence's text right before the person (the cue and a title fit in it)."""
    at = person.start - mention.sentence_start
    return mention.sentence[max(0, at - _WINDOW):at]

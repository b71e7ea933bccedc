"""One a participant sends greetings to through another ("asked him to pass his greetings to X",
"передал привет X") is not at the event: X is away, named only as the one greeted, though the
sentence of the event names him ("received Y and passed greetings to X": Y and the host met).
The words are each language's ``greeted_through`` (knowledge/events_<language>.yaml); the person
must follow them, a few words at most between and no punctuation but quotes. A person the sentence
also names without them is there (stand_ins.py reads the ones stood in for alike).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ruchina.extract.event_report import TITLE, EventMention
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import read_knowledge_file

#: the words that may stand between the cue and the name (a title, "самые добрые пожелания" ...)
_BETWEEN_WORDS = 4
#: how far before a person the cue is looked for
_WINDOW = 100


@lru_cache(maxsize=None)
def _greeted_through(language: str) -> re.Pattern[str] | None:
    data = read_knowledge_file(f"events_{language}")
    words = data.get("greeted_through") or []
    if not words:
        return None
    alternatives = "|".join(f"(?:{w})" for w in words)
    edge = r"\b" if data.get("word_boundaries", True) else ""
    return re.compile(rf"{edge}(?:{alternatives})[\"'«»“”„\s]*(?:[\w.\"'«»“”„-]+\s+){{0,{_BETWEEN_WORDS}}}$",
                      re.IGNORECASE)


def without_greeted(mentions: list[EventMention], title_mentions: list[Mention], body_mentions: list[Mention],
                    language: str) -> list[EventMention]:
    """The reports, each without the people its sentence names only as the ones greeted."""
    pattern = _greeted_through(language)
    if pattern is None:
        return mentions
    result = []
    for mention in mentions:
        if mention.participant_ids and (mention.part == TITLE or mention.sentence_start >= 0):
            offset = 0 if mention.part == TITLE else mention.sentence_start
            named = title_mentions if mention.part == TITLE else body_mentions
            inside = [m for m in named if m.entity_type == "PERSON" and offset <= m.start < offset + len(mention.sentence)]
            greeted = {m: pattern.search(mention.sentence, max(0, m.start - offset - _WINDOW), m.start - offset)
                       is not None for m in inside}
            away = {m.entity_id for m, yes in greeted.items() if yes}
            away -= {m.entity_id for m, yes in greeted.items() if not yes}
            if away & set(mention.participant_ids):
                mention = replace(mention, participant_ids=tuple(p for p in mention.participant_ids if p not in away))
        result.append(mention)
    return result

"""The one sent in an absent leader's place attends the gathering: "X skipped the summit and sent his
foreign minister Y" names Y among the summit's people, though the clause that names him holds no event
word of its own. Only in a sentence that reports a gathering (a summit or a forum) and tells someone
kept away from it (the language's ``absent`` words), and only the person right after the words of
sending (the language's ``sent_in_place``, knowledge/events_<language>.yaml), his titles between
("sent External Affairs Minister S Y"); a language without them sends no one. "sent greetings to Y"
names no stand-in: only capitalised words may stand between in a language that writes capitals.
away_people.py keeps the absent one out.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ruchina.extract.event_report import TITLE, EventMention
from ruchina.extract.event_words import event_words
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import read_knowledge_file

#: the gatherings a leader sends another to in his place
GATHERINGS = frozenset({"summit", "forum"})


@lru_cache(maxsize=None)
def _sent_before(language: str) -> re.Pattern[str] | None:
    """The words of sending right before a name, a few capitalised words (titles, an initial) between."""
    words = read_knowledge_file(f"events_{language}").get("sent_in_place") or []
    if not words:
        return None
    alternatives = "|".join(f"(?:{w})" for w in words)
    return re.compile(rf"\b(?:{alternatives})\s+(?:(?-i:[A-ZА-ЯЁ])[\w.-]*\s+){{0,4}}$", re.IGNORECASE)


def with_stand_ins(mentions: list[EventMention], title_mentions: list[Mention], body_mentions: list[Mention],
                   language: str) -> list[EventMention]:
    """The reports, each gathering's with the people its sentence tells sent in an absent one's place."""
    sent = _sent_before(language)
    if sent is None:
        return mentions
    words = event_words(language)
    result = []
    for mention in mentions:
        if mention.event_type in GATHERINGS and (mention.part == TITLE or mention.sentence_start >= 0) \
                and _kept_away_from(words, mention):
            offset = 0 if mention.part == TITLE else mention.sentence_start
            named = title_mentions if mention.part == TITLE else body_mentions
            stand_ins = [m.entity_id for m in named if m.entity_type == "PERSON"
                         and offset <= m.start < offset + len(mention.sentence)
                         and sent.search(mention.sentence[max(0, m.start - offset - 80):m.start - offset])
                         and m.entity_id not in mention.participant_ids]
            if stand_ins:
                mention = replace(mention, participant_ids=tuple(dict.fromkeys(mention.participant_ids + tuple(stand_ins))))
        result.append(mention)
    return result


def _kept_away_from(words, mention: EventMention) -> bool:
    """Whether the sentence tells someone kept away from the gathering its word names ("skipped the summit")."""
    return any(trigger.lastgroup == mention.event_type and words.absent.search(mention.sentence, 0, trigger.start())
               for trigger in words.trigger.finditer(mention.sentence))

"""Those who only speak of an event whose own phrase names its two sides: "Anna Berg talks to our editor
Tom Wade about Tuesday's meeting between A and B" reports A's and B's meeting; the analyst and the
editor named before "about" talk of it, and are none of its people (issue 23's failure class 5: the
participants are those who meet). The word before the event's phrase (`spoken_about`: "about") is each
language's data in knowledge/events_<language>.yaml, with the grammar's `pair_heads` ("between") right
after the event word; the article, a possessive day ("Tuesday's") or an adjective may stand between
"about" and the event word. Only where two people or more are named after the pair head: "X spoke about
the meeting between them" keeps X. One who attends it ("X attended Tuesday's meeting between A and B")
speaks of nothing and stays. Called by event_sentences.py on each sentence's reports, before "the two"
after it refer back to them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import event_words
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import read_knowledge_file

#: words at most between "about" and the pair head, the event word among them ("Tuesday's joint")
_WORDS_BETWEEN = 4


@lru_cache(maxsize=None)
def _spoken_pair(language: str) -> re.Pattern[str] | None:
    """ "about", a few words (the event word among them), then a pair head ("between")."""
    data = read_knowledge_file(f"events_{language}")
    spoken, heads = data.get("spoken_about") or [], (data.get("grammar") or {}).get("pair_heads") or []
    if not spoken or not heads:
        return None
    return re.compile(r"\b(?:{})\s+(?P<phrase>(?:[\w’'-]+\s+){{1,{}}}?)(?:{})\s".format(
        "|".join(spoken), _WORDS_BETWEEN, "|".join(heads)), re.IGNORECASE)


def speakers_of_a_pair(language: str, sentence: str, offset: int, mentions: list[Mention]) -> set[str]:
    """The people ``sentence`` (at ``offset`` of the body; ``mentions`` at the body's offsets) names before
    "about <event word> between A and B", when it names two people or more after the pair head."""
    pattern = _spoken_pair(language)
    found = pattern.search(sentence) if pattern is not None else None
    if found is None or not event_words(language).trigger.search(found.group("phrase")):
        return set()
    named = [m for m in mentions if m.entity_type == "PERSON" and offset <= m.start < offset + len(sentence)]
    before = {m.entity_id for m in named if m.start - offset < found.start()}
    after = {m.entity_id for m in named if m.start - offset >= found.end()}
    return before - after if len(after) >= 2 else set()


def without_those_who_speak_of_it(mentions: list[EventMention], body_mentions: list[Mention],
                                  language: str) -> list[EventMention]:
    """A body sentence's reports, each without the people it names only as speaking of its event
    (speakers_of_a_pair); ``body_mentions``: the sentence's entity mentions, at their offsets in the body."""
    result = []
    for mention in mentions:
        speakers = speakers_of_a_pair(language, mention.sentence, mention.sentence_start, body_mentions) \
            if len(mention.participant_ids) > 2 and mention.sentence_start >= 0 else set()
        if speakers & set(mention.participant_ids):
            mention = replace(mention, participant_ids=tuple(p for p in mention.participant_ids if p not in speakers))
        result.append(mention)
    return result

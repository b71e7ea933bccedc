"""An official who invites a visitor is no party to the visit for inviting him: "Li would pay an
official friendly visit to Russia, at the invitation of Vyacheslav Volodin, who chairs the State
Duma" is Li's visit, which the host country's head of state or government receives (the gold's
convention, benchmarks/gold/README.md: a visit lists the visitor and the leader who receives him).
The chairman of a parliament or a minister who invites a counterpart holds talks with him, and those
talks are their own event, part of the visit. A leader who invites ("at the invitation of President
X") is the host the visit names, and stays.

The words of inviting are each language's (knowledge/events_<language>.yaml ``invited_by``), right
before the person, a title or two between; an official is one the knowledge base gives an official's
role (knowledge/entities.yaml ``official_roles``). A person the sentence also names without those
words stays: "invited by X, he met X on Monday" names X in the visit's talks.

A visit its sentence names no one for but the leader who invites ("The visit began in Beijing on Monday
at the invitation of Premier X") is the visit the article told before, its visitor's: the one who
invites is its host, never its visitor. It takes the people of the last visit reported before it and
joins that visit as a report that adds its host (its own day and place, the visit's opening, stay
that visit's).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ruchina.extract.event_report import FAMILY, TITLE, EventMention
from ruchina.extract.event_word_patterns import is_spaced
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import is_official, read_knowledge_file

#: how many words (a title: "Duma speaker", "Foreign Minister") may stand between the words and the name
_TITLE_WORDS = 4
#: how many words of a long title in capitals and its links may ("Premier of the State Council")
_CAPITALISED_TITLE_WORDS = 10
#: the words of a capitalised title, and the links inside it
_CAPITALISED_TITLE_WORD = r"(?:[A-Z][\w.'’-]*|of|the|de|del|la|des|du|der)"
#: how many characters of a title may stand between them and the name where words are not spaced
_TITLE_CHARS = 12
#: how far before a person the words are looked for
_WINDOW = 80


@lru_cache(maxsize=None)
def _inviting_words(language: str) -> re.Pattern[str] | None:
    data = read_knowledge_file(f"events_{language}")
    words = data.get("invited_by") or []
    if not words:
        return None
    alternatives = "|".join(f"(?:{w})" for w in words)
    if not is_spaced(data):  # ("应俄罗斯国家杜马主席沃洛金邀请": a title of a few characters, no break, between)
        return re.compile(rf"(?:{alternatives})[^\W\d_]{{0,{_TITLE_CHARS}}}$")
    return re.compile(rf"\b(?i:{alternatives})\s+(?:(?i:[\w.'’-]+\s+){{0,{_TITLE_WORDS}}}"
                      rf"|(?:{_CAPITALISED_TITLE_WORD}\s+){{0,{_CAPITALISED_TITLE_WORDS}}})$")


@lru_cache(maxsize=None)
def _possessive_inviting_words(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """("at Zhao's invitation": the words before the person, a title or two between, and after him)"""
    words = read_knowledge_file(f"events_{language}").get("invited_by_possessive") or {}
    if not words.get("before") or not words.get("after"):
        return None
    before = "|".join(f"(?:{w})" for w in words["before"])
    after = "|".join(f"(?:{w})" for w in words["after"])
    return (re.compile(rf"\b(?:{before})\s+(?:[\w.'’-]+\s+){{0,{_TITLE_WORDS}}}$", re.IGNORECASE),
            re.compile(rf"(?:{after})", re.IGNORECASE))


def _invited_in_the_possessive(language: str, sentence: str, start: int, end: int) -> bool:
    possessive = _possessive_inviting_words(language)
    return possessive is not None and bool(possessive[0].search(sentence[max(0, start - _WINDOW):start])) and bool(
        possessive[1].match(sentence, end))


def without_official_inviters(mentions: list[EventMention], title_mentions: list[Mention],
                              body_mentions: list[Mention], language: str) -> list[EventMention]:
    """The reports, each visit's without the officials its sentence names only as inviting the visitor."""
    inviting = _inviting_words(language)
    if inviting is None:
        return mentions
    result: list[EventMention] = []
    for mention in mentions:
        if (FAMILY.get(mention.event_type) == "visit" and mention.participant_ids
                and (mention.part == TITLE or mention.sentence_start >= 0)):
            offset = 0 if mention.part == TITLE else mention.sentence_start
            named = title_mentions if mention.part == TITLE else body_mentions
            inside = [m for m in named if m.entity_type == "PERSON" and offset <= m.start < offset + len(mention.sentence)]
            invited_by = {m: bool(inviting.search(mention.sentence[max(0, m.start - offset - _WINDOW):m.start - offset]))
                          or _invited_in_the_possessive(language, mention.sentence, m.start - offset, m.end - offset)
                          for m in inside}
            inviters = {m.entity_id for m, yes in invited_by.items() if yes and is_official(m.entity_id)}
            inviters -= {m.entity_id for m, yes in invited_by.items() if not yes}
            if inviters & set(mention.participant_ids):
                mention = replace(mention, participant_ids=tuple(p for p in mention.participant_ids if p not in inviters))
            hosts = {m.entity_id for m, yes in invited_by.items() if yes}
            hosts -= {m.entity_id for m, yes in invited_by.items() if not yes}
            if mention.participant_ids and set(mention.participant_ids) <= hosts:
                mention = _with_the_visitor_before(mention, result)
        result.append(mention)
    return result


def _with_the_visitor_before(mention: EventMention, before: list[EventMention]) -> EventMention:
    """The visit whose only people invite it, with the people of the last visit reported before it that
    names someone else (its visitor), joining that visit; as it was where none was."""
    hosts = set(mention.participant_ids)
    for earlier in reversed(before):
        if FAMILY.get(earlier.event_type) == "visit" and set(earlier.participant_ids) - hosts:
            visitors = tuple(p for p in earlier.participant_ids if p not in hosts)
            return replace(mention, participant_ids=visitors + mention.participant_ids, continues=True)
    return mention

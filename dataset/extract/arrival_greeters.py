"""A leader who welcomes a visitor on his arrival takes part in the visit: "He was met at the airport
by the new Soviet Premier, X" names the host of the visit, though the welcome is no meeting of its own
(events_<language>.yaml's not_events keeps it from being one). Only a head of state or government
(one who held such an office, knowledge/offices.yaml) is the visit's host so: the ambassador or the
governor at the steps of the plane is no party to it. The visitor is the person the sentence names
before the welcome, or, where a pronoun stands for him ("He was met ..."), the last one named before the
sentence; the visit is each report of a visit that has him among its people.

The words are each language's (knowledge/events_<language>.yaml, ``arrival_greeted_by``: the passive
welcome on arrival up to its "by"); a language without them has none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ruchina.extract.event_report import TITLE, EventMention
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import read_knowledge_file
from ruchina.knowledge.office_terms import office_terms
from ruchina.text.sentences import iter_sentences

#: the offices that make their holder a host who receives a visitor (not a minister)
_HOST_OFFICES = ("President of ", "Leader of ", "Premier of ", "Prime Minister of ")
#: the trips a welcome on arrival opens
_VISITS = frozenset({"visit", "state_visit"})
_POSSESSIVES = ("'s", "’s")


@lru_cache(maxsize=None)
def _pattern(language: str) -> re.Pattern[str] | None:
    words = read_knowledge_file(f"events_{language}").get("arrival_greeted_by") or []
    return re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE) if words else None


@lru_cache(maxsize=None)
def _pronoun_before(language: str) -> re.Pattern[str]:
    """A pronoun right before the welcome ("He was met"), which stands for the one named last."""
    pronouns = (read_knowledge_file(f"events_{language}").get("grammar") or {}).get("pronouns") or []
    return re.compile(rf"\b(?:{'|'.join(pronouns)})\s*$" if pronouns else "(?!)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _hosts() -> frozenset[str]:
    """Everyone offices.yaml gives a head of state's or government's office at some time."""
    return frozenset(holder for office, terms in office_terms().items() if office.startswith(_HOST_OFFICES)
                     for holder, _, _ in terms)


def visit_greeters(body: str, body_mentions: list[Mention], language: str) -> dict[str, tuple[str, ...]]:
    """The leaders who welcomed each visitor on arrival, by the visitor's entity id."""
    pattern = _pattern(language)
    if pattern is None or not pattern.search(body):
        return {}
    people = [m for m in body_mentions if m.entity_type == "PERSON"]
    found: dict[str, tuple[str, ...]] = {}
    for sentence in iter_sentences(body):
        for match in pattern.finditer(body, sentence.start, sentence.end):
            # (not one named only as the owner of the greeters: "by Y's aides")
            greeters = tuple(dict.fromkeys(m.entity_id for m in people if match.end() <= m.start < sentence.end
                                           and m.entity_id in _hosts() and body[m.end:m.end + 2] not in _POSSESSIVES))
            before = [m for m in people if sentence.start <= m.start < match.start()]
            if not before and _pronoun_before(language).search(body, sentence.start, match.start()):
                # ("He was met ...": the one named last before the sentence; not "the envoy was met")
                before = [m for m in people if m.end <= sentence.start]
            if greeters and before and before[-1].entity_id not in greeters:
                visitor = before[-1].entity_id
                found[visitor] = tuple(dict.fromkeys(found.get(visitor, ()) + greeters))
    return found


def with_arrival_greeters(mentions: list[EventMention], body: str, body_mentions: list[Mention],
                          language: str) -> list[EventMention]:
    """The reports, each visit's whose people hold a visitor welcomed on arrival with his greeters among them."""
    greeters = visit_greeters(body, body_mentions, language)
    if not greeters:
        return mentions
    result = []
    for mention in mentions:
        if mention.part != TITLE and mention.event_type in _VISITS and not mention.earlier:
            added = tuple(p for visitor, hosts in greeters.items() if visitor in mention.participant_ids
                          for p in hosts if p not in mention.participant_ids)
            if added:
                mention = replace(mention, participant_ids=mention.participant_ids + tuple(dict.fromkeys(added)))
        result.append(mention)
    return result

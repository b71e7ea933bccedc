"""A delegation led by one man, with others named as its members: "прибыла делегация ... во главе
с X. В состав делегации входят A, B и другие", "X landete mit einer Regierungsdelegation in Peking.
Zur Delegation gehörten auch A und B", "X率领代表团抵达北京". Its members travel with their head:
each report whose sentence tells the delegation (its word: "делегация", "Delegation", "代表团") has
the head and the members among its people, so the visit the delegation makes and the talks it holds
("verhandelte die Delegation mit Mao", "毛泽东同苏联代表团举行会谈") are theirs, not only the hosts'.
A report that names the head but not the delegation (he alone beside the host at a parade) keeps
its own people.

The words are each language's (knowledge/events_<language>.yaml): ``delegation_words`` the
delegation's word; ``delegation_led_by`` the words after it before its head ("во главе с", "led
by"); ``delegation_leading`` the words after its head before it ("at the head of a", "率领", "mit
einer"); ``delegation_members`` the words before its members ("В состав делегации входят", "Zur
Delegation gehörten"). Only an article telling one head does this: with two delegations ("the
Chinese delegation was led by Y") a bare "the delegation" says not whose.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ruchina.extract.event_report import TITLE, EventMention
from ruchina.extract.event_word_patterns import is_spaced
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import read_knowledge_file
from ruchina.text.sentences import iter_sentences

#: words between the delegation's word and its head's cue ("делегация Союза Советских
#: Социалистических Республик во главе с"), or the head's cue and the word ("mit einer
#: sowjetischen Regierungsdelegation")
_WORDS_BETWEEN = 8
#: in a language that does not space its words, characters between ("率领苏联政府代表团")
_CHARACTERS_BETWEEN = 12
#: the trips a delegation makes with its head
_VISITS = frozenset({"visit", "state_visit"})


@lru_cache(maxsize=None)
def _patterns(language: str) -> tuple[re.Pattern[str], ...] | None:
    """(the delegation's word, its head after it, its head before it, its members after it) as
    patterns; None where the language lists no delegation words."""
    data = read_knowledge_file(f"events_{language}")
    words = data.get("delegation_words") or []
    if not words:
        return None
    spaced = is_spaced(data)
    edge = r"\b" if spaced else ""
    word = "|".join(f"(?:{w})" for w in words)
    between = rf"(?:\s+[\w.,-]+){{0,{_WORDS_BETWEEN}}}?\s+" if spaced else f".{{0,{_CHARACTERS_BETWEEN}}}?"
    led_by = "|".join(f"(?:{w})" for w in data.get("delegation_led_by") or []) or "(?!)"
    leading = "|".join(f"(?:{w})" for w in data.get("delegation_leading") or []) or "(?!)"
    members = "|".join(f"(?:{w})" for w in data.get("delegation_members") or []) or "(?!)"
    flags = re.IGNORECASE
    return (re.compile(f"{edge}(?:{word}){edge}", flags),
            re.compile(f"{edge}(?:{word}){between}(?P<cue>{led_by}){edge}", flags),
            re.compile(f"{edge}(?P<cue>{leading}){between}(?:{word})", flags),
            re.compile(f"{edge}(?P<cue>{members}){edge}", flags))


def _sentence_span(sentences: list[tuple[int, int]], at: int) -> tuple[int, int]:
    """The sentence holding ``at``."""
    return next(((start, end) for start, end in sentences if start <= at < end), (at, at))


def delegation_people(body: str, body_mentions: list[Mention], language: str) -> tuple[str, ...]:
    """The head, then the members, of the one delegation the body tells led by someone; () when it
    tells none, or heads of two."""
    patterns = _patterns(language)
    if patterns is None:
        return ()
    word, led_by, leading, members = patterns
    told = word.search(body) is not None
    led = list(led_by.finditer(body)) if told else []
    heading = list(leading.finditer(body)) if told else []
    if not led and not heading:
        return ()  # (most articles: no sentence splitting for them)
    people = [m for m in body_mentions if m.entity_type == "PERSON"]
    sentences = [(sentence.start, sentence.end) for sentence in iter_sentences(body)]
    heads: list[str] = []
    for match in led:
        _, end = _sentence_span(sentences, match.start())
        after = [m for m in people if match.end("cue") <= m.start < end]
        if after:
            heads.append(after[0].entity_id)
    for match in heading:
        start, _ = _sentence_span(sentences, match.start())
        before = [m for m in people if start <= m.start and m.end <= match.start("cue")]
        if before:
            heads.append(before[-1].entity_id)
    if len(set(heads)) != 1:
        return ()
    listed: list[str] = []
    for match in members.finditer(body):
        _, end = _sentence_span(sentences, match.start())
        listed += [m.entity_id for m in people if match.end("cue") <= m.start < end]
    return tuple(dict.fromkeys([heads[0], *listed]))


def with_delegation_people(mentions: list[EventMention], body: str, body_mentions: list[Mention],
                           language: str) -> list[EventMention]:
    """The reports, those whose sentence tells the one led delegation with its head and members
    among their people."""
    delegation = delegation_people(body, body_mentions, language)
    if not delegation:
        return mentions
    word = _patterns(language)[0]
    result = []
    head = delegation[0]
    for mention in mentions:
        # (and the head's visit told without the delegation's word, "flew home at the end of a nine-day
        # visit": its members came with him; not his own talks, which may be his alone)
        if mention.part != TITLE and (word.search(mention.sentence) or (
                mention.event_type in _VISITS and head in mention.participant_ids and not mention.earlier)):
            added = tuple(p for p in delegation if p not in mention.participant_ids)
            if added:
                mention = replace(mention, participant_ids=mention.participant_ids + added)
        result.append(mention)
    return result

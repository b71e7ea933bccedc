"""Seats told beside a gathering held by video: where its chair sits is its place, where one who
joins it sits is not.

A chair's seat: the language's ``chaired_from`` words, a chair's verb and its "from" ("chaired a
summit held entirely by video, speaking from his residence at X", "ran the meeting from X",
"opened the meeting from X", "a présidé mardi depuis X"), with the place right after them and no
other person between the verb and the place (the one who sits there is the chair, not another
leader told in between: "chaired the summit, while X spoke from Y"). Only where the event's
sentence gives it no other place.

One who joins: a place told right before the language's ``joined_remotely`` words and an event
word after them ("在北京以视频方式出席...会议") is the seat of one taking part by video, not the
summit's or forum's place; unless the page tells him chairing (the language's ``chairs``:
"由习近平主持" makes him the host, and the host's seat is the gathering's place).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ruchina.extract.event_report import EVENTS_OF_MANY, EventMention
from ruchina.extract.event_words import listed_words
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import entity_catalog

#: how far a joining's words may stand from the place they tell the seat of ("北京以视频方式": one mark)
_JOIN_GAP = 3
_CLAUSE_END = ".;!?。；！？"
_SENTENCE_END = (".", "!", "?", "。", "！", "？", "\n")
#: so many words at most from a chair's verb to its "from" in a sentence with no video words
_CLOSE_WORDS = 6


def chair_seat(words, sentence: str, mentions: list[Mention], places: list[Mention],
               trigger_start: int, trigger_end: int) -> Mention | None:
    """The place a chair's verb and its "from" put the event's chair at, when the event word
    follows the verb in its clause ("chaired a summit ... from X", "a présidé depuis X un sommet")
    or stands right before it ("the summit, which he chaired from X"); None where the sentence
    tells none. Where more than a few words stand between
    the verb and its "from", only in a sentence that tells the gathering by video (the language's
    ``remote`` words): "hosted the summit, with guests from X" tells where guests came from.
    ``words``: the language's EventWords."""
    pattern = listed_words(words.language, "chaired_from")
    if pattern is None:
        return None
    for told in pattern.finditer(sentence):
        place = next((m for m in places if 0 <= m.start - told.end() <= 1), None)
        if place is None or not (told.start() <= trigger_start or 0 <= told.start() - trigger_end <= 40):
            continue
        # (the event word and the seat in one clause: "a présidé mardi depuis X un sommet")
        if any(ch in sentence[min(told.start(), trigger_start):max(place.start, trigger_start)] for ch in _CLAUSE_END):
            continue
        if any(m.entity_type == "PERSON" and told.start() < m.start < place.start for m in mentions):
            continue  # ("chaired the summit, and Xi joined from Beijing": Xi's seat)
        if len(told.group().split()) > _CLOSE_WORDS and not words.remote.search(sentence):
            continue
        return place
    return None


def without_joiners_seats(words, mentions: list[EventMention], body: str,
                          body_mentions: list[Mention]) -> list[EventMention]:
    """The mentions, each summit's or forum's place taken back where its sentence gives it only
    as the seat of one who joins by video ("在北京以视频方式出席": the language's joined_remotely
    words right after the place, an event word after them). Not where the page tells one of the
    sentence's people chairing (a sentence with the language's ``chairs`` naming him: "由习近平主持"):
    the one who joins is then the host, his seat the gathering's. ``words``: the language's EventWords."""
    joined = listed_words(words.language, "joined_remotely")
    if joined is None:
        return mentions
    chairing = _chairing_people(words.language, body, body_mentions)
    return [replace(m, location_id=None) if _placed_at_a_joiners_seat(words, joined, m, body_mentions)
            and not chairing & _people_of(m, body_mentions) else m for m in mentions]


def _chairing_people(language: str, body: str, body_mentions: list[Mention]) -> set[str]:
    """The people named in the body's sentences that tell a chair's verb ("会议由普京主持")."""
    chairs = listed_words(language, "chairs")
    if chairs is None:
        return set()
    people = set()
    for told in chairs.finditer(body):
        start = max(body.rfind(mark, 0, told.start()) for mark in _SENTENCE_END) + 1
        ends = [i for mark in _SENTENCE_END if (i := body.find(mark, told.end())) >= 0]
        end = min(ends) if ends else len(body)
        people |= {m.entity_id for m in body_mentions if m.entity_type == "PERSON" and start <= m.start < end}
    return people


def _people_of(mention: EventMention, body_mentions: list[Mention]) -> set[str]:
    """The people named in the mention's sentence."""
    return {m.entity_id for m in body_mentions if m.entity_type == "PERSON"
            and mention.sentence_start <= m.start < mention.sentence_start + len(mention.sentence)}


def _placed_at_a_joiners_seat(words, joined: re.Pattern[str], mention: EventMention,
                              body_mentions: list[Mention]) -> bool:
    if mention.location_id is None or mention.event_type not in EVENTS_OF_MANY or not mention.in_body:
        return False
    sentence, offset = mention.sentence, mention.sentence_start
    start, end = mention.scope
    catalog = entity_catalog()
    for place in body_mentions:
        local = place.start - offset
        if not (start <= local < end) or mention.location_id not in (place.entity_id, *catalog.places_containing(place.entity_id)):
            continue
        near = next((j for gap in range(_JOIN_GAP + 1) if (j := joined.match(sentence, place.end - offset + gap))), None)
        if near is not None and words.trigger.search(sentence, near.end(), end):
            return True
    return False

"""One a sentence names only after words that keep him from its event is not one of its people,
though the sentence names him: the one another stands in for ("led the delegation in place of
Vladimir Putin", "вместо Владимира Путина": `stood_in_for`) and the one a participant only sends
greetings to ("asked him to pass his greetings to X", "передал привет X": `greeted_through`), the one
it is held without ("a summit without X and with Y on a screen", "sin X": `held_without`), the one
told kept away right after his name ("Y speaks by video, X stays away": `stays_away`), and the
one only told of the event a word right after him names ("briefed X on the meeting with Y",
"informed X about his talks": `told_of`, its `before` words before him, its `after` words right
after, the event word a few words on and no frame's words, "during a", between: "informed X on
Monday during their meeting" tells of no other event), and the guest only invited to a gathering
an event word right after him names ("invited President X to attend the parade", "пригласили
господина X принять участие в праздновании": `invited`, its `before` and `after` words as
`told_of`'s, the event word at most INVITED_WORDS_BEFORE_EVENT words on: an invitation tells no one
coming; not to a visit, which only its invitee can make, nor an invitation whose aim is no event
word, "invited X to Moscow as the leaders held a call": X is at the call). The
words are each language's, in knowledge/events_<language>.yaml; the person must follow them, a few
words at most between (a title, "самые добрые пожелания") and no punctuation but quotes. A person
the sentence also names without the words is there ("received Y and passed greetings to X": Y and
the host met). The one a funeral is for, named beside its word ("X was buried", "X's funeral"), takes no
part in it either (funerals.py). The one sent in an absent one's place does (stand_ins.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ruchina.extract.event_report import TITLE, EventMention
from ruchina.extract.event_word_patterns import is_spaced
from ruchina.extract.event_words import event_words
from ruchina.extract.funerals import without_the_mourned
from ruchina.extract.linking import Mention
from ruchina.extract.stand_ins import with_stand_ins
from ruchina.knowledge.base import read_knowledge_file

#: each kind of words, with how many words may stand between them and the name
#: ("in place of Russian President ", "передал самые добрые пожелания "); none after "without", whose
#: words hold the title ("sin el presidente chino X"), as "without X and with Y" holds Y, nor after a
#: spouse's ("his wife X": a companion of the trip)
AWAY_WORDS = {"stood_in_for": 3, "greeted_through": 4, "held_without": 0, "spouses": 0}
#: how far before a person the words are looked for
_WINDOW = 100


@lru_cache(maxsize=None)
def _away_words(language: str) -> tuple[re.Pattern[str], ...]:
    data = read_knowledge_file(f"events_{language}")
    edge = r"\b" if is_spaced(data) else ""
    patterns = []
    for key, between in AWAY_WORDS.items():
        words = data.get(key) or []
        if words:
            alternatives = "|".join(f"(?:{w})" for w in words)
            patterns.append(re.compile(rf"{edge}(?:{alternatives})[\"'«»“”„\s]*(?:[\w.\"'«»“”„-]+\s+){{0,{between}}}$",
                                       re.IGNORECASE))
    return tuple(patterns)


def without_people_away(mentions: list[EventMention], title_mentions: list[Mention], body_mentions: list[Mention],
                        language: str) -> list[EventMention]:
    """The reports, each without the people its sentence names only as stood in for, greeted, told
    of the event or invited to it."""
    patterns = _away_words(language)
    if not patterns:
        return with_stand_ins(without_the_mourned(mentions, title_mentions, body_mentions, language),
                              title_mentions, body_mentions, language)
    result = []
    for mention in mentions:
        if mention.participant_ids and (mention.part == TITLE or mention.sentence_start >= 0):
            offset = 0 if mention.part == TITLE else mention.sentence_start
            named = title_mentions if mention.part == TITLE else body_mentions
            inside = [m for m in named if m.entity_type == "PERSON" and offset <= m.start < offset + len(mention.sentence)]
            stays_away = _stays_away(language)
            named_away = {m: _named_away(patterns, mention.sentence[max(0, m.start - offset - _WINDOW):m.start - offset])
                          or bool(stays_away and stays_away.match(mention.sentence, m.end - offset))
                          for m in inside}
            for key, most in (("told_of", TOLD_OF_WORDS_BEFORE_EVENT), ("invited", INVITED_WORDS_BEFORE_EVENT)):
                told = _told_of(language, key)
                if told is None or (key == "invited" and mention.event_type in _INVITED_TO_ALL_BUT):
                    continue
                for m in inside:
                    named_away[m] = named_away[m] or _told_of_it(told, mention, mention.sentence[m.end - offset:],
                                                                 mention.sentence[:m.start - offset], language, most)
            away = {m.entity_id for m, yes in named_away.items() if yes}
            away -= {m.entity_id for m, yes in named_away.items() if not yes}
            if away & set(mention.participant_ids):
                mention = replace(mention, participant_ids=tuple(p for p in mention.participant_ids if p not in away))
        result.append(mention)
    # ("X skipped the summit and sent Y": Y attends it in his place)
    return with_stand_ins(without_the_mourned(result, title_mentions, body_mentions, language),
                          title_mentions, body_mentions, language)


@lru_cache(maxsize=None)
def _stays_away(language: str) -> re.Pattern[str] | None:
    """The words right after one that tell him kept away ("X stays away", "Y is absent"): `stays_away`."""
    words = read_knowledge_file(f"events_{language}").get("stays_away") or []
    if not words:
        return None
    return re.compile(r"\s+(?:" + "|".join(f"(?:{w})" for w in words) + r")\b", re.IGNORECASE)


def named_away(language: str, before: str) -> bool:
    """Whether one named right after ``before`` is named only as away (stood in for, greeted,
    held without) or as an onlooker."""
    onlookers, before = _onlookers(language), before[-_WINDOW:]
    return _named_away(_away_words(language), before) or bool(onlookers and onlookers.search(before))


def onlookers_named(language: str, sentence: str, mentions: list[Mention]) -> set[str]:
    """The people ``sentence`` names only as watching its act (`onlookers`; ``mentions`` shifted to it)."""
    onlookers = _onlookers(language)
    if onlookers is None:
        return set()
    return {m.entity_id for m in mentions
            if m.entity_type == "PERSON" and onlookers.search(sentence, max(0, m.start - _WINDOW), m.start)}


@lru_cache(maxsize=None)
def _onlookers(language: str) -> re.Pattern[str] | None:
    words = read_knowledge_file(f"events_{language}").get("onlookers") or []
    return re.compile("(?:" + "|".join(f"(?:{w})" for w in words) + ")$", re.IGNORECASE) if words else None


def _named_away(patterns: tuple[re.Pattern[str], ...], before: str) -> bool:
    return any(pattern.search(before) for pattern in patterns)


#: how many words may stand between `told_of`'s word after the person and the event word ("on
#: Wednesday's Kremlin meeting", "of the results of his talks")
TOLD_OF_WORDS_BEFORE_EVENT = 5
#: the same for `invited`'s after word and the event word ("to the Victory Day parade")
INVITED_WORDS_BEFORE_EVENT = 3
#: the events an invitation says nothing of its guest's part in: a visit, only he can make (the
#: gold reads him as its visitor, planned)
_INVITED_TO_ALL_BUT = frozenset({"visit", "state_visit"})


def _words_around(language: str, key: str) -> tuple[str, str] | None:
    """``key``'s before and after words (`told_of` or `invited`), each as one alternation."""
    data = (read_knowledge_file(f"events_{language}").get(key) or {})
    if not data.get("before") or not data.get("after"):
        return None
    return "|".join(f"(?:{w})" for w in data["before"]), "|".join(f"(?:{w})" for w in data["after"])


@lru_cache(maxsize=None)
def _told_of(language: str, key: str = "told_of") -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """``key``'s before and after words (`told_of` or `invited`), as two patterns."""
    if (around := _words_around(language, key)) is None:
        return None
    before, after = around
    return (re.compile(rf"\b(?:{before})\s+(?:[\w.-]+\s+){{0,2}}$", re.IGNORECASE),
            re.compile(rf"^\s+(?:{after})\s+", re.IGNORECASE))


@lru_cache(maxsize=None)
def _told_one(language: str) -> re.Pattern[str] | None:
    """`told_of`'s before word, the one told (a few words: "the Kremlin chief", "Xi den Kremlchef") and
    its after word."""
    if (around := _words_around(language, "told_of")) is None:
        return None
    before, after = around
    return re.compile(rf"\b(?:{before})\s+(?P<told>[^\s,;:]+(?:\s+[^\s,;:]+){{0,3}}?)\s+(?:{after})\s+", re.IGNORECASE)


def without_told_references(language: str, sentence: str, references: list[tuple[int, str]],
                            trigger_start: int) -> list[tuple[int, str]]:
    """The references by office or seat, but those to one only told of the event the word at
    ``trigger_start`` names ("briefed the Kremlin chief on his call with Y": the chief is told of
    the call, not on it), as `told_of` keeps a named one out (without_people_away)."""
    pattern = _told_one(language)
    if pattern is None or not references:
        return references
    words = event_words(language)
    told = [match.span("told") for match in pattern.finditer(sentence)
            if (event := _event_word_on(words, sentence, match.end(), TOLD_OF_WORDS_BEFORE_EVENT)) is not None
            and event.start() == trigger_start]
    return [r for r in references if not any(start <= r[0] <= end for start, end in told)]


def _event_word_on(words, text: str, start: int, most: int) -> re.Match[str] | None:
    """The event word at most ``most`` words on from ``start``, with no punctuation and no frame's
    words ("during a") between: the event one is told of."""
    event = words.trigger.search(text, start)
    if event is None:
        return None
    between = text[start:event.start()]
    if len(between.split()) > most or re.search(r"[,;:()\[\]]", between) or words.frame_before.search(between):
        return None
    return event


def _told_of_it(told: tuple[re.Pattern[str], re.Pattern[str]], mention: EventMention, after: str, before: str,
                language: str, most: int = TOLD_OF_WORDS_BEFORE_EVENT) -> bool:
    """Whether the person, with ``before`` and ``after`` him in the sentence, is only told of the
    report's event: the words around him, then, a few words on, its event word."""
    before_words, after_words = told
    found = after_words.match(after)
    if not before_words.search(before) or found is None:
        return False
    event = _event_word_on(event_words(language), after, found.end(), most)
    return event is not None and event.lastgroup == mention.event_type

"""Meetings told in the plural with a list of people: one meeting with each of them. "The
chancellor held meetings with A, B and C on the sidelines" tells three meetings, the one named
before the words with each one listed after them, not one meeting of four. The words are the
language's (knowledge/events_<language>.yaml, ``meetings_with_each``): a plural or "separately",
never the singular ("a meeting with A and B" stays one meeting of three). The list is of leaders
of as many countries as there are people (the knowledge base's roles): "meetings with the
president and his minister" or with business people are no such list. The list may stand before
the words and the one each of them meets after them: "A and B will meet X separately", "A、B分别会见了X"
(a visitor received by two hosts of one country, each a meeting of two; not of the visitor's country).

The words' clause may have lost its day to a gathering's word told between the verb and the
plural ("held at the forum the day before meetings with ..."): the day told before the words,
in the same sentence, is the meetings' day.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ruchina.extract.event_report import TITLE, EventMention
from ruchina.extract.event_three_way import told_three_way
from ruchina.extract.event_words import EventWords
from ruchina.extract.meeting_when_openings import meetings_by_their_opening
from ruchina.knowledge.base import office_countries
from ruchina.knowledge.office_terms import countries_served, headed_countries

MEETING = "meeting"
#: so many people listed after the words make several meetings
LISTED = 2


def meetings_with_each(words: EventWords, mentions: list[EventMention], title_mentions: list,
                       body_mentions: list) -> list[EventMention]:
    """The mentions, each meeting's told in the plural with one person before its words and a
    list of leaders after them made one meeting of two per person listed."""
    found = []
    for mention in mentions:
        found += _each(words.meetings_with_each, mention, mentions, title_mentions if mention.part == TITLE else body_mentions)
    # ("会见梅德韦杰夫时，胡锦涛说": after the meetings with each, the sentence of one of them is his)
    return meetings_by_their_opening(words.language, found, body_mentions)


def _each(words: re.Pattern[str], mention: EventMention, mentions: list, entity_mentions: list) -> list:
    people = mention.participant_ids
    if mention.event_type != MEETING or mention.continues or len(people) < LISTED + 1 or told_three_way(mention):
        return [mention]
    start, end = mention.clause
    # (the words end in the meeting's clause; the verb before them may stand in another's)
    told = next((w for w in words.finditer(mention.sentence) if start <= w.end() <= end), None)
    if told is None:
        return [mention]
    offset = max(mention.sentence_start, 0)
    placed = {}
    for m in entity_mentions:
        if m.entity_id in people and offset <= m.start < offset + len(mention.sentence):
            placed.setdefault(m.entity_id, m.start - offset)
    before = [pid for pid, at in placed.items() if at < told.start()]
    after = [pid for pid, at in placed.items() if at >= told.end()]
    # (the list may stand before the words and the one they each meet after them, or inside them:
    # "A and B will meet X separately", "A、B分别会见了X": hosts of one country each receiving a visitor)
    one = [pid for pid, at in placed.items() if at >= told.start()]
    if len(before) >= LISTED and len(one) == 1 and not _countries(one) & _countries(before):
        before, after = one, before
    elif len(before) != 1 or len(after) < LISTED or len(_countries(before + after)) != len(before) + len(after):
        return [mention]
    date = mention.date
    if date is None:
        # (the day told before the words, in a clause another event word took: "held at the forum
        # the day before meetings with ...")
        date = next((m.date for m in mentions if m is not mention and m.date is not None
                     and m.sentence_start == mention.sentence_start and m.part == mention.part
                     and m.date.char_end <= told.start()), None)
    (first,) = before
    return [replace(mention, participant_ids=(first, other), date=date) for other in after]


def _countries(people) -> set[str]:
    """The countries these people lead: by their role of today, or by a head's office they held
    (knowledge/offices.yaml), so that leaders of a past year, whom the knowledge base gives no role
    of today ("胡锦涛分别会见了美国总统奥巴马和俄罗斯总统梅德韦杰夫", 2010), are a list of leaders too."""
    # (and one who held no head of state's office, by the country of the offices he held: "日本首相福田康夫")
    return office_countries(people) | {country for person in people
                                       for country in headed_countries(person) or countries_served(person)}

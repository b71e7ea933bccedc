"""A body's meeting told as the setting of two people's talks: "A and B met on the sidelines of a
ministers' meeting of the bloc hosted by C", "will sit down with B on the margins of the Council of
Foreign Ministers that C hosts". Two events: the talks of the two, and the gathering held around
them, which its host (named after the sidelines words) attends beside them, but whose host is no
party to the talks. summit_settings.py does the same for a summit's word; here the gathering is
told by a meeting's word (knowledge/events_<language>.yaml ``sideline_gatherings``), so that the
sentence's one meeting report would otherwise hold both, with the host among the talks' people.

The gathering's report is marked ``setting`` (kept apart from the talks within the article and
across articles: event_sidelines.sideline_role); where the article gives it no day or place of
its own, it has the talks' (``on_their_talks_days``): talks on a meeting's sidelines are held
where and while it sits. A language without the words splits nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import listed_words
from ruchina.extract.linking import Mention

MEETING = "meeting"
#: gatherings whose own words tell them as a setting (summit_settings.py): left to it
SUMMITS = frozenset({"summit", "forum"})
#: so many words at most between the sidelines words and the gathering's word ("a Shanghai
#: Cooperation Organisation foreign ministers' meeting")
NAME_WORDS = 8
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]«»\"“”]")
#: talks of two, or of one who met two others
TALKS_PEOPLE = (2, 3)


def split_gathering_settings(words, mentions: list[EventMention], body_mentions: list[Mention]) -> list[EventMention]:
    """The mentions, each meeting report told on the sidelines of a body's meeting split in two:
    the talks (the people named before the sidelines words) and the gathering (``setting``,
    those and its host); and the reports told by a ministers' meeting's word alone marked as the
    gathering (mark_ministers_gatherings). ``words``: the language's event words."""
    mentions = mark_ministers_gatherings(words, mentions)
    language = words.language
    sidelines = listed_words(language, "sidelines")
    gatherings = listed_words(language, "sideline_gatherings")
    hosts = listed_words(language, "chairs")
    if sidelines is None or gatherings is None:
        return mentions
    summit_sentences = {(m.part, m.sentence_start) for m in mentions if m.event_type in SUMMITS}
    split: list[EventMention] = []
    for mention in mentions:
        parts = None
        if (mention.event_type == MEETING and mention.sentence_start >= 0 and not mention.setting
                and (mention.part, mention.sentence_start) not in summit_sentences):
            parts = _split(mention, sidelines, gatherings, hosts, body_mentions)
        split += parts or [mention]
    return split


def _split(mention: EventMention, sidelines, gatherings, hosts, body_mentions) -> list[EventMention] | None:
    sentence, (start, end) = mention.sentence, mention.scope
    told = next((s for s in sidelines.finditer(sentence, start) if s.start() < max(end, start + 1)), None)
    if told is None:
        return None
    word = next((g for g in gatherings.finditer(sentence, told.end())
                 if not _CLAUSE_END.search(sentence, told.end(), g.start())
                 and len(sentence[told.end():g.start()].split()) <= NAME_WORDS), None)
    if word is None:
        return None
    offset = mention.sentence_start
    people = [m for m in body_mentions if m.entity_type == "PERSON" and offset <= m.start < mention.sentence_end]
    before = {m.entity_id for m in people if m.start - offset < told.start()}
    talks = tuple(p for p in mention.participant_ids if p in before)
    if len(talks) not in TALKS_PEOPLE:
        return None
    after = [m for m in people if m.start - offset >= word.end()]
    # (its host: one the report took, "hosted by C", or one named right before a host's verb, "that C hosts")
    host = [p for p in mention.participant_ids if p not in before]
    host += [m.entity_id for m in after if hosts is not None and hosts.match(sentence, m.end - offset + 1)
             and m.entity_id not in host and m.entity_id not in talks]
    gathering = replace(mention, participant_ids=talks + tuple(host), setting=True, scope=(told.start(), max(end, told.end())))
    return [replace(mention, participant_ids=talks, scope=(start, told.start())), gathering]


def on_their_talks_days(events: list) -> list:
    """The events (ArticleEvent), each body's meeting told only as the setting of talks, with no
    day or place of its own, given the talks' day and place (talks told in its sentence)."""
    for event in events:
        first = event.mentions[0]
        if not (first.setting and first.event_type == MEETING) or (event.date is not None and event.location_id):
            continue
        sentences = {(m.part, m.sentence_start) for m in event.mentions}
        talks = next((e for e in events if e is not event and not e.mentions[0].setting and MEETING in e.types()
                      and any((m.part, m.sentence_start) in sentences for m in e.mentions)), None)
        if talks is not None and talks.date is not None:
            event.add(replace(first, date=event.date or talks.date, location_id=event.location_id or talks.location_id), 0)
    return events


def mark_ministers_gatherings(words, mentions: list[EventMention]) -> list[EventMention]:
    """The meeting reports told only by the word of a body's ministers' meeting (the language's
    ``ministers_gatherings``: "同日，A出席了由B主持的……外长理事会会议"), no word of talks beside it in
    its sentence, marked as the gathering (``setting``): the council the article's
    talks were held at, not talks of those it names. ``words``: the language's event words."""
    gatherings = listed_words(words.language, "ministers_gatherings")
    if gatherings is None:
        return mentions
    marked = []
    for mention in mentions:
        # (any word of talks in the sentence tells talks: "A出席……外长理事会会议期间会见B")
        told = [t for t in words.trigger.finditer(mention.sentence) if t.lastgroup == MEETING]
        if (mention.event_type == MEETING and mention.sentence_start >= 0 and told
                and all(gatherings.fullmatch(t.group()) for t in told)):
            mention = replace(mention, setting=True)
        marked.append(mention)
    return marked

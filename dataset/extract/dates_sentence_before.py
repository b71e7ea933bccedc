"""An undated report whose people are "the two leaders" of the sentence before it, on that
sentence's day: "The premier was received on Tuesday in Lima by the president. The two leaders
held talks at the palace before ..." The talks are the act the sentence before dated; its words
are no event word ("was received"), so no report carries the day, and left alone the talks
are undated (and, in a dated article, background).

Only a report that opens on a group word of its language (knowledge/events_<language>.yaml,
`group`: "the two leaders", "les deux dirigeants") with two people or more, right after a
sentence of the same paragraph that names one of them, states one day and reports no event of
its own, takes that day: a report naming its people itself says who, and may be of another
day; a sentence reporting an event ("used the call to congratulate him on the centenary, which
falls on Thursday") dates that event, or another thing, not what follows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ruchina.extract.date_clauses import clause_dates
from ruchina.extract.event_report import BODY, EventMention
from ruchina.extract.event_words import EventWords
from ruchina.extract.tenses import sentence_tense
from ruchina.text.sentences import iter_sentences

#: how far into its sentence the group word that is its subject may stand
_SUBJECT_CHARS = 20


def dated_by_the_sentence_before(words: EventWords, mentions: list[EventMention], body: str,
                                 published: dt.date | None, people_at: dict[int, set[str]]) -> list[EventMention]:
    """The mentions, each undated one of "the two leaders" dated by the one day of the sentence
    before it. ``people_at``: the people the body names, by where each mention of them starts."""
    if published is None:
        return mentions
    reported = {m.sentence_start for m in mentions}
    return [_dated(words, m, body, published, people_at, reported) if _undated_group_report(words, m) else m
            for m in mentions]


def _undated_group_report(words: EventWords, mention: EventMention) -> bool:
    if mention.date is not None or mention.part != BODY or mention.sentence_start < 0 or len(mention.participant_ids) < 2:
        return False
    subject = words.group.search(mention.sentence, 0, _SUBJECT_CHARS + 40)
    return subject is not None and subject.start() <= _SUBJECT_CHARS


def _dated(words: EventWords, mention: EventMention, body: str, published: dt.date,
           people_at: dict[int, set[str]], reported: set[int]) -> EventMention:
    if clause_dates(mention.sentence, published, sentence_tense(mention.sentence, words.language), words.language):
        return mention  # (its sentence tells its own time, though none dates it: "have not met since 2019")
    paragraph_start = body.rfind("\n\n", 0, mention.sentence_start) + 1
    before = None
    for sentence in iter_sentences(body[paragraph_start:mention.sentence_start]):
        before = sentence
    if before is None:
        return mention
    start, text = paragraph_start + before.start, before.text
    if start in reported:
        return mention  # (a sentence that reports an event of its own: its day is that event's)
    named = set().union(*(people for at, people in people_at.items() if start <= at < start + len(text)))
    if not named & set(mention.participant_ids):
        return mention
    days = [d for d in clause_dates(text, published, sentence_tense(text, words.language), words.language)
            if d.precision == "day" and d.first == d.last]
    if len({d.first for d in days}) != 1:
        return mention
    return replace(mention, date=days[0], date_sentence=text, date_sentence_start=start)

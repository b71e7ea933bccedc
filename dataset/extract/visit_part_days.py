"""The parts of a visit told after a later day of it keep that day, not the arrival's.

A story that opens on a visit dated by its arrival ("X lands in Y on Tuesday evening for a state
visit") goes on through the visit's days: "On Wednesday morning the King welcomes him at the
palace. X then goes to the prime minister's office for talks." The talks and the signings told
after Wednesday's sentence, with no day of their own, are Wednesday's; left alone they take the
story's day, the arrival's (event_mentions.py), and a visit's second day is told as its first.

Only an undated report told held of talks, a signing or a ceremony in the body, told after the lead's
visit, takes the one day the last sentence before it states, where that day is later than the
arrival and within a few days of it, the visit being dated by its arrival alone: a
sentence that states the arrival's day again, or none after the lead, leaves the report as it
was (a one-day visit whose talks fall on the arrival's day). A report told held is never dated
after its page, and a report whose own sentence tells a time of its own keeps it; nor is one told
after another event of its sentence ("sign agreements after the meeting", "a dinner, after which they
sign"): that event's day is its own (event_after_events.py), not the sentence before's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ruchina.extract.date_clauses import clause_dates
from ruchina.extract.event_report import BODY, FAMILY, LEAD, TITLE, EventMention
from ruchina.extract.event_words import EventWords, event_words
from ruchina.extract.tenses import sentence_tense
from ruchina.text.sentences import iter_sentences

#: the report types that are parts of a visit's day
_PARTS = frozenset({"meeting", "agreement", "other"})
#: how many days after the arrival a visit stated by one day may still run
_VISIT_DAYS = dt.timedelta(days=3)


def parts_on_their_own_days(mentions: list[EventMention], body: str, published: dt.date | None,
                            language: str) -> list[EventMention]:
    """The mentions, each undated part of the lead's visit told after a sentence stating a later
    day of the visit dated by that day."""
    if published is None:
        return mentions
    visit = next((m for m in mentions if m.part in (TITLE, LEAD) and FAMILY[m.event_type] == "visit"
                  and not m.earlier and m.date is not None and not m.date_is_inherited), None)
    # (a visit whose days are stated, "a four-day visit", has its parts told by its own rules: event_spans.py)
    if visit is None or visit.sentence_start < 0 or visit.date.precision != "day" or visit.date.first != visit.date.last:
        return mentions
    arrival = visit.date.first
    last = arrival + _VISIT_DAYS
    days = _sentence_days(body, visit.sentence_start, published, language)
    if not days:
        return mentions
    words = event_words(language)
    return [_dated(m, days, arrival, last, published, language)
            if _undated_part(m, visit) and not _told_after_another(words, m.sentence) else m for m in mentions]


def _told_after_another(words: EventWords, sentence: str) -> bool:
    """Whether the sentence tells one of its events held after another ("after the meeting")."""
    return any(words.after_event_before.search(sentence, 0, found.start())
               or words.after_event_after.match(sentence, found.end()) for found in words.trigger.finditer(sentence))


def _undated_part(mention: EventMention, visit: EventMention) -> bool:
    # (told held only: a preview's plans, "are expected to sign a declaration", keep the story's day and
    # with it the visit's place, which a day of their own would not lend them)
    return (mention.status == "occurred" and mention.date is None and mention.part == BODY
            and mention.event_type in _PARTS and not mention.earlier and mention.sentence_start > visit.sentence_start)


def _sentence_days(body: str, after: int, published: dt.date, language: str) -> list[tuple[int, str, object]]:
    """Each sentence after the lead's, with its one day (None where it states none or several)."""
    found = []
    for sentence in iter_sentences(body):
        if sentence.start <= after:
            continue
        dates = [d for d in clause_dates(sentence.text, published, sentence_tense(sentence.text, language), language)
                 if d.precision == "day" and d.first == d.last]
        found.append((sentence.start, sentence.text, dates[0] if len({d.first for d in dates}) == 1 else None))
    return found


def _dated(mention: EventMention, days, arrival: dt.date, last: dt.date, published: dt.date,
           language: str) -> EventMention:
    if clause_dates(mention.sentence, published, sentence_tense(mention.sentence, language), language):
        return mention  # (its own sentence tells a time of its own)
    before = [(start, text, day) for start, text, day in days if start < mention.sentence_start]
    told = next(((start, text, day) for start, text, day in reversed(before) if day is not None), None)
    if told is None:
        return mention
    start, text, day = told
    if not arrival < day.first <= last or (mention.status == "occurred" and day.first > published):
        return mention
    return replace(mention, date=day, date_sentence=text, date_sentence_start=start)

"""An act a speaker of a transcript tells as just done by himself: his own event of the day,
not the one under way.

"Good afternoon, colleagues. I have just met with our athletes, and would like to note a few
points before today's agenda": said at a council's meeting, the meeting with the athletes is
another event of the same day, held by the speaker before this one. Read as it is written it
names no one and no day, and so joins the page's meeting (a body's report naming no one is the
day's event) or is dropped as undated. The first person with "just" right before the event
word ("I have just met", "мы только что провели встречу", "я сейчас только что разговаривал")
makes it the speaker's, on the article's day, and keeps it apart from the event under way. The
words are the language's (``just_done`` in knowledge/events_<language>.yaml, EventWords'
field of that name); where a language lists none, nothing changes. Only a transcript (two
speaker labels at least: transcripts.speaker_labels) has a speaker; "the President has just
met" in a report is told of someone the sentence names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_report import BODY, EventMention
from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention
from ruchina.extract.transcript_turns import event_words_with_clause_starts, turn_at

#: the kind of the date of an act just done: the article's day, which no phrase states as a date
JUST_DONE = "just_done"


def speakers_just_done(words: EventWords, mentions: list[EventMention], labels: list[Mention],
                       published: dt.date | None) -> list[EventMention]:
    """Each report a transcript's speaker tells as his own act just done, his (the speaker among
    its people), dated to the article's day and marked ``just_done``. ``labels``: the
    transcript's speaker labels in reading order (none: no transcript, nothing changes)."""
    if not labels or published is None:
        return mentions
    return [_just_done(words, mention, labels, published) for mention in mentions]


def _just_done(words: EventWords, mention: EventMention, labels: list[Mention], published: dt.date) -> EventMention:
    if mention.part != BODY or mention.sentence_start < 0 or mention.status != "occurred" or mention.earlier:
        return mention
    if mention.date is not None and not (mention.date.first <= published <= mention.date.last):
        return mention  # (a day of its own: "yesterday I met ...", another rule's)
    at = _told_just_done(words, mention)
    if at is None:
        return mention
    turn = turn_at(labels, mention.sentence_start + at)
    if turn is None:
        return mention
    speaker = labels[turn].entity_id
    people = (speaker, *(p for p in mention.participant_ids if p != speaker))
    day = mention.date or ResolvedDate(published, published, "day", "", 0, 0, JUST_DONE)
    return replace(mention, participant_ids=people, date=day, just_done=True)


def _told_just_done(words: EventWords, mention: EventMention) -> int | None:
    """Where in its sentence the event word of an act told as just done in the first person starts."""
    sentence, (low, high) = mention.sentence, mention.clause
    for found, clause_start in event_words_with_clause_starts(words, sentence, low, high):
        if words.just_done.search(sentence[clause_start:found.start()]):
            return found.start()
    return None

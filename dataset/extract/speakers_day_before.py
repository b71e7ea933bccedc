"""An event a transcript's speaker tells in passing as his own of the day before: no report of it.

A page that prints what was said at a meeting dates it by its own day. A speaker's turn often
looks back a day at what he and those with him did or heard: "Yesterday we discussed the
epidemic at a council meeting", "We were told yesterday that three leaders visited the
capital". The page reports the meeting under way; the day before is the speaker's aside, told
to make a point, and a reader of the page learns no event of it. So a report dated by a word
counting back one or two days from the page's day ("yesterday", "the day before yesterday",
"вчера": the language's ``day_words`` in knowledge/calendar.yaml, read by dates.py as a
``relative`` day), told inside a speaker's turn with the first person before its event word
(``first_person`` in knowledge/events_<language>.yaml: "we", "мы"), naming no one, is left out.
Talks of his the day before with someone he names ("yesterday I held talks with the Chancellor in
Berlin") are an event of its own with its people, as label_people.py keeps them. What a speaker
tells of others' day before ("the consortium's members met yesterday", in answers to reporters
on yesterday's talks elsewhere) is news he gives, and is kept. Only a transcript (two speaker
labels at least: transcripts.speaker_labels) has turns; a report's "met yesterday" outside them
is the page's own news, and is kept. An event the page tells elsewhere too keeps that report.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_report import BODY, EventMention
from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention
from ruchina.extract.transcript_turns import turn_at

#: the kind dates.py gives a day counted from the publication date by a word ("yesterday")
_COUNTED_BACK = "relative"
#: how many days back an aside reaches: "yesterday", "the day before yesterday"
_DAYS_BACK = (1, 2)


def without_speakers_day_before(words: EventWords, mentions: list[EventMention], labels: list[Mention],
                                published: dt.date | None) -> list[EventMention]:
    """The reports less those, naming no one, a transcript's speaker tells in his turn and in the
    first person as held the day or two before the page's day (``labels``: the transcript's speaker labels in
    reading order; none, no transcript: nothing is left out)."""
    if not labels or published is None:
        return mentions
    return [m for m in mentions if not _told_as_the_day_before(words, m, labels, published)]


def _told_as_the_day_before(words: EventWords, mention: EventMention, labels: list[Mention],
                            published: dt.date) -> bool:
    date = mention.date
    if mention.part != BODY or mention.sentence_start < 0 or date is None or mention.participant_ids:
        return False
    if date.kind != _COUNTED_BACK or date.precision != "day" or date.first != date.last:
        return False
    if (published - date.first).days not in _DAYS_BACK:
        return False
    if turn_at(labels, mention.sentence_start) is None:
        return False
    # (the first person anywhere before the event word: "We were told yesterday that three
    # leaders visited ...", whose event word is past a colon, is the speakers' day too)
    low, high = mention.clause
    found = words.trigger.search(mention.sentence, low, high)
    return found is not None and words.first_person.search(mention.sentence, 0, found.start()) is not None

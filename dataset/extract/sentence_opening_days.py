"""The day a sentence opens with, before anyone and any event word it names ("On Saturday, the first
day of the summit, X had talks with Y"; "Yesterday in Moscow the two presidents signed a declaration
after talks"), is the day of the whole sentence: talks told after its first event word with no day of
their own were held that day. In a language whose modifiers follow the head, what stands before an
event word after the first is not its (event_sentences.py gives each event word the dates of its own
stretch of the sentence); a day that opens the sentence is an adverb of the sentence, not of its first
event word, and talks left undated would go as background. Talks only: an act of a day, held where the
sentence's people were that day (a visit or a summit told after it may have begun days before).
"""

from __future__ import annotations

from ruchina.extract.dates import ResolvedDate
from ruchina.extract.linking import Mention

#: the one kind of event a sentence's opening day dates when it has no day of its own
TALKS = "meeting"


def opening_day(event_type: str, dates: list[ResolvedDate], first_trigger: int,
                mentions: list[Mention]) -> ResolvedDate | None:
    """The one day the sentence opens with, for talks that are not its first event word: a date of one
    day standing before every event word and every person named, the only date before its first event
    word; None otherwise."""
    if event_type != TALKS:
        return None
    before = [d for d in dates if d.char_start < first_trigger]
    if len(before) != 1:
        return None
    day = before[0]
    if day.precision != "day" or day.first != day.last:
        return None
    if any(m.entity_type == "PERSON" and m.start < day.char_start for m in mentions):
        return None  # ("X, who arrived on Monday, ...": the day is a clause's about X, not the sentence's)
    return day

"""The day a sentence opens with, before anyone and any event word it names ("On Saturday, the first
day of the summit, X had talks with Y"; "Yesterday in Moscow the two presidents signed a declaration
after talks"), is the day of the whole sentence: talks told after its first event word with no day of
their own were held that day. In a language whose modifiers follow the head, what stands before an
event word after the first is not its (sentence_reports.py gives each event word the dates of its own
stretch of the sentence); a day that opens the sentence is an adverb of the sentence, not of its first
event word, and talks left undated would go as background. In a sentence told in the past only (talks a
call "will agree to hold" are not held that day). Talks only, of two people named: an act
of a day, held where the sentence's people were that day (a visit or a summit told after it may have begun
days before; a leaders' "meeting" that names no one may be a summit's other name). In the first event
word's own clause only (not after "; the two said talks ..." nor "a затем ..."), and not talks told after
"after" ("arrived on Tuesday for a visit after talks in Minsk": held before; event_after_events.py dates
those by an act of a day that followed them).
"""

from __future__ import annotations

from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_clauses import clause_start
from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention

#: the one kind of event a sentence's opening day dates when it has no day of its own
TALKS = "meeting"


def opening_day(words: EventWords, sentence: str, event_type: str, participants: tuple[str, ...],
                dates: list[ResolvedDate], first_trigger: int, talks: tuple[int, int],
                mentions: list[Mention]) -> ResolvedDate | None:
    """The one day the sentence opens with, for the talks whose word stands at ``talks`` (its start and its
    clause's), not the sentence's first event word (at ``first_trigger``): a date of one day standing
    before every event word and every person named, the only date before the first event word; None
    otherwise."""
    talks_start, talks_clause = talks
    if event_type != TALKS or len(participants) < 2 or talks_clause != clause_start(words, sentence, first_trigger)[0]:
        return None
    if words.after_event_before.search(sentence, 0, talks_start):
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

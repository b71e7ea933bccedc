"""A summit told in one sentence and its attendees in the next, which names the summit only as
"the meeting": "X chaired the summit by video on Thursday. A, B, C and D attended the meeting
online." A meeting of so many leaders, or one of two or more told with the language's attendance
cue ("En la reunión participaron también A, B y C": knowledge/events_<language>.yaml ``attending``),
told with no place nor other day of its own right after a sentence that reports a summit or a
forum and no talks, is that gathering: its people join the gathering's report (as an attendance
list does, sentence_reports.py). So is "the meeting" its chair is told to hold there, one person or
more ("Kenyan President X chaired the meeting": the language's ``chairs``), and "the meeting" its
chair is told to run from a seat ("X ran the meeting from Y": the language's ``chaired_from``), whose
seat is then the gathering's place (video_seats.py: a gathering held by video is where its chair
sits). The gathering may be the title's and the meeting the lead's ("FLASH: X chairs summit by video
/ A, B and C take part in the virtual meeting").

Not a meeting of two or three with no attendance cue right after a summit ("X, Y and Z held a
meeting in the evening"): talks of their own; not one after a sentence that reports talks too
("met on the sidelines of the summit. The meeting was also attended by ..."): those talks'
people; not one with a day other than the gathering's, nor one told in the past when the
gathering is to come; not a meeting told as earlier (background); not a summit's sitting with its
guests ("X sat the G7 down with A, B, C and D"), a meeting apart from the summit (outreach_sessions.py).
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_cues import refers_back
from ruchina.extract.event_report import BODY, EVENTS_OF_MANY, LEAD, EventMention
from ruchina.extract.event_words import EventWords, listed_words

MEETING = "meeting"
#: so many people at one "meeting" make it a gathering of many, not talks of two or three leaders
MANY = 4
#: ... or so many told with an attendance cue (one chairing "the meeting" is one)
LISTED = 2
CHAIR = 1


def meetings_told_for_gatherings(words: EventWords, mentions: list[EventMention]) -> list[EventMention]:
    """The reports, each meeting of many people told right after a gathering's report (in the
    sentence before that reports any), with no place and no other day, made a report that only
    adds its people to that gathering (``continues``)."""
    chairs = listed_words(words.language, "chairs")
    seats = listed_words(words.language, "chaired_from")
    found: list[EventMention] = []
    previous: list[EventMention] = []  # the reports of the last sentence that told any
    current: list[EventMention] = []
    for mention in mentions:
        if current and (mention.part, mention.sentence_start) != (current[0].part, current[0].sentence_start):
            previous, current = current, []
        gathering = next((m for m in previous if m.event_type in EVENTS_OF_MANY and not m.earlier), None)
        seat = _chairs_seat(words, seats, mention)
        if gathering is not None and not any(m.event_type == MEETING for m in previous) and _stands_for(
                mention, gathering, CHAIR if seat else _least(words, chairs, mention, gathering), seat):
            mention = replace(mention, event_type=gathering.event_type, continues=True, date=None,
                              refers_back=True)
        found.append(mention)
        current.append(mention)
    return found


def _least(words: EventWords, chairs, mention: EventMention, gathering: EventMention) -> int:
    """How many people make the meeting the gathering: one who chairs "the meeting" (a chair's verb in
    its report's words, the meeting referred back to), two with an attendance cue or with the meeting
    told held by video like the gathering before it ("A, B and C take part in the virtual meeting"),
    else ``MANY``."""
    if chairs is not None and mention.refers_back and chairs.search(mention.sentence, *mention.scope):
        return CHAIR
    by_video = all(words.remote.search(m.sentence, *m.clause) for m in (mention, gathering))
    listed = words.attending.search(mention.sentence) or by_video
    return LISTED if listed else MANY


def _chairs_seat(words: EventWords, seats, mention: EventMention) -> bool:
    """Whether the meeting is "the meeting" (referred back to) placed at its chair's seat by a chair's
    verb and its "from" ("X ran the meeting from Y")."""
    if seats is None or mention.location_id is None or seats.search(mention.sentence, *mention.clause) is None:
        return False
    word = words.trigger.search(mention.sentence, *mention.clause)
    return word is not None and refers_back(words, mention.sentence, word.start())


def _stands_for(mention: EventMention, gathering: EventMention, least: int, seat: bool = False) -> bool:
    # (not a summit's sitting with its guests, a meeting of its own: outreach_sessions.py)
    if (mention.event_type != MEETING or mention.outreach or mention.part not in (BODY, LEAD) or mention.earlier
            or mention.continues
            or (mention.location_id is not None and not seat) or mention.status != gathering.status
            or len(set(mention.participant_ids)) < least):
        return False
    if mention.date is None:
        return True
    return gathering.date is not None and gathering.date.first <= mention.date.first <= gathering.date.last

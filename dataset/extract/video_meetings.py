"""A meeting held by video link is a call (events.event_type): "Talks with X" above "held
talks via videoconference with X", "Meeting with Government members" above "held a meeting
with Government members by video link". The lead tells the title's meeting was a call; so
was every report of that meeting in the body that adds nothing of another meeting: no one
the call does not name, no place, no other day ("the main topic of the meeting", "at today's
meeting", the page printing its title again under the date). Left a meeting, such a report
would stand apart from the call as a second event of the day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ruchina.extract.event_report import BODY, LEAD, TITLE, EventMention


def meetings_held_as_calls(mentions: list[EventMention], published: dt.date | None) -> list[EventMention]:
    """The mentions, the title's meeting and the body's reports of it made calls when the
    lead reports a call of the same people (the title's people among the call's)."""
    lead_calls = [m for m in mentions if m.part == LEAD and m.event_type == "call"]

    def call_of(title: EventMention) -> EventMention | None:
        return next((c for c in lead_calls if set(title.participant_ids) <= set(c.participant_ids)), None)

    titles = [m for m in mentions if m.part == TITLE and m.event_type == "meeting" and call_of(m)]
    if not titles:
        return mentions
    call = call_of(titles[0])
    return [replace(m, event_type="call", location_id=None)
            if m.event_type == "meeting" and (m.part == TITLE and call_of(m) or _of_the_call(m, call, published))
            else m for m in mentions]


def _of_the_call(mention: EventMention, call: EventMention, published: dt.date | None) -> bool:
    """A body's report of a meeting that adds nothing to the call: no one else, no place, no
    day but the call's, nothing earlier, no other body's meeting, no sides."""
    if mention.part != BODY or mention.location_id or mention.earlier or mention.named_other or mention.sides:
        return False
    if not set(mention.participant_ids) <= set(call.participant_ids) or mention.status != call.status:
        return False
    day = call.date.first if call.date and call.date.precision == "day" else published
    return mention.date is None or (mention.date.precision == "day" and mention.date.first == mention.date.last == day)

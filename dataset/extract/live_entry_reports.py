"""A live page's entry tells what has just happened: an event it reports as held, with no day
of its own, was held on the day its entry was written ("13:05 Leaders signed the declaration",
under "Friday 24 June"). The day is inferred, as a main event's publication date is: a day the
text states wins over it. On any other page an undated report keeps no day (it may be background:
"the talks covered Syria" of a meeting told elsewhere)."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import replace

from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_compatibility import PUBLISHED
from ruchina.extract.event_report import EventMention
from ruchina.extract.live_entries import entry_days


def dated_by_their_entries(mentions: list[EventMention], body: str, published: dt.date | None) -> list[EventMention]:
    """The body's undated reports of held events, dated by their live entries' days."""
    paragraphs = body.split("\n\n")
    days = entry_days(paragraphs, published)
    if published is None or all(day == published for day in days):
        return mentions  # (no live page, or one whose entries are all of the page's day)
    starts, offset = [], 0
    for paragraph in paragraphs:
        starts.append(offset)
        offset += len(paragraph) + 2
    dated = []
    for mention in mentions:
        day = days[bisect_right(starts, mention.sentence_start) - 1] if mention.in_body else None
        if (day is not None and mention.date is None and mention.status == "occurred"
                and not (mention.earlier or mention.refers_back or mention.continues)):
            mention = replace(mention, date=ResolvedDate(day, day, "day", "", 0, 0, PUBLISHED))
        dated.append(mention)
    return dated

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
from ruchina.extract.live_entries import entry_days, is_live_page


def dated_by_their_entries(mentions: list[EventMention], body: str, published: dt.date | None) -> list[EventMention]:
    """The body's undated reports of held events, dated by their live entries' days."""
    paragraphs = body.split("\n\n")
    if published is None or not is_live_page(paragraphs, published):
        return mentions  # (no live page)
    # (a live page whose entries are all of the page's day too: "15:20 Leaders signed the
    # declaration" under "Friday 13 September" was signed that Friday)
    days = entry_days(paragraphs, published)
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

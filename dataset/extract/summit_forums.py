"""A forum told beside a summit, held on the summit's days or the day before them, that names no
place of its own ("The summit was preceded on Wednesday by the business forum"): held where the
summit is, as a summit's business forum is. Only beside the one summit the article places, and
not over a place the forum's own reports give.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

#: how long before a summit's first day a forum beside it may open
FORUM_LEAD = dt.timedelta(days=1)


def place_forums_beside_summits(events: list) -> None:
    """Put an unplaced forum of a placed summit's days (or of the day before) at the summit's place."""
    summits = [e for e in events if e.mentions[0].event_type == "summit" and e.location_id and e.date
               and not e.earlier]
    if len({s.location_id for s in summits}) != 1:
        return
    summit = summits[0]
    for forum in events:
        if forum.mentions[0].event_type != "forum" or forum.location_id or forum.date is None or forum.earlier:
            continue
        if summit.date.first - FORUM_LEAD <= forum.date.first and forum.date.last <= summit.date.last:
            # (a sentence's place, the summit's, not the page's line: it ties the forum to other reports of it)
            forum.add(replace(forum.mentions[0], location_id=summit.location_id), 0)

"""A report under a place line (a dateline's city, "Jane Doe in Kazan") of an event held on the
story's day or the day before it, that names no place, is at the line's place: a story filed from
a city tells the news of that city those days ("filed from Kazan: the two leaders met on
Tuesday", the day before). place_line.py puts the main event there; this puts the other events
of those days there too, once every other rule has had its say (a place a sentence gives, the
place of the summit talks are held at, the one place a recurring event is always held in).

Not an event of another day (an earlier one, one told as to come), not a call (no place), not an
event attended by video link from elsewhere.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_mentions import ArticleEvent

#: the days before the story's date whose events it tells as its own news
STORY_DAYS_BEFORE = 1


def place_the_storys_days(events: list[ArticleEvent], line_place: str | None, words) -> None:
    """Put each held event of the story's days that names no place at ``line_place``."""
    if line_place is None:
        return
    for event in events:
        if event.location_id is not None or event.earlier or not _of_the_storys_days(event):
            continue
        if event.mentions[0].status != "occurred" or any(m.event_type in words.no_place for m in event.mentions):
            continue
        if any(words.remote.search(m.sentence, *m.scope) for m in event.mentions):
            continue  # ("joined the summit by video link": held where its host is)
        event.assumed_location = line_place
        event.__dict__.pop("location_id", None)


def _of_the_storys_days(event: ArticleEvent) -> bool:
    date, published = event.date, event.published
    return (date is not None and published is not None and date.precision == "day"
            and published - dt.timedelta(days=STORY_DAYS_BEFORE) <= date.first <= published)

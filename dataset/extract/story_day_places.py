"""A report under a place line (a dateline's city, "Jane Doe in Kazan") of an event held on the
story's day or the day before it, that names no place, is at the line's place: a story filed from
a city tells the news of that city those days ("filed from Kazan: the two leaders met on
Tuesday", the day before). place_line.py puts the main event there; this puts the other events
of those days there too, once every other rule has had its say (a place a sentence gives, the
place of the summit talks are held at, the one place a recurring event is always held in).

Not an event of another day (an earlier one, one told as to come), not a call (no place), not an
event attended by video link from elsewhere, not a gathering told by a name of its own that the
page's named main event does not bear ("the APEC summit" on a G20 page: held where its host is).

A page with no place line whose main event is a summit or forum of the story's days and has a
place ("APEC summit in Da Nang: ... as it happened") tells the news of that place those days: its
place stands for the line's.

A page that states no date ("G20 in Buenos Aires: ... as it happened") tells no
day of its own: its undated reports that name no place are of the summit or forum it is about,
held where that is ("the leaders have adopted a joint declaration").
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_mentions import ArticleEvent
from ruchina.extract.place_line import told_held_elsewhere
from ruchina.knowledge.base import entity_catalog

#: the days before the story's date whose events it tells as its own news
STORY_DAYS_BEFORE = 1
#: the main events whose page tells the reports around them as theirs: gatherings of many
_GATHERINGS_OF_MANY = frozenset({"summit", "forum"})


def place_the_storys_days(events: list[ArticleEvent], line_place: str | None, words) -> None:
    """Put each held event of the story's days that names no place at ``line_place``."""
    if line_place is None:
        return
    main = next((e for e in events if e.main), None)
    if _main_held_in_another_country(main, line_place):  # ("SEOUL" over a meeting in Wonsan: a bureau abroad)
        return
    for event in events:
        if event.location_id is not None or event.earlier or not _of_the_storys_days(event):
            continue
        if not _held_on_the_storys_days(event) and not _told_at_the_line(events, line_place):
            continue  # (a visit under way, under "HONG KONG" over the visitor's talks in Beijing: not there)
        if _named_another(event, main):  # ("also on screen yesterday for the APEC summit", on a G20 page)
            continue
        if told_held_elsewhere(event, events, line_place):  # ("signed in Beijing today, on a visit" under "HONG KONG")
            continue
        if _held_somewhere(event, words):  # (not "joined the summit by video link": held where its host is)
            event.assumed_location = line_place
            event.__dict__.pop("location_id", None)


def _main_held_in_another_country(main: ArticleEvent | None, line_place: str) -> bool:
    """Whether the page's main event is placed by its own words in a country other than the one
    holding the line's city, both known to the knowledge base: the story is filed from a bureau
    abroad ("SEOUL" over a meeting in Wonsan, "HONG KONG" is no such case: it lies in China), and
    the line tells where the reporter sits, which is no place of the story's other events."""
    if main is None or main.location_id is None or main.location_id == line_place:
        return False
    catalog = entity_catalog()
    line_chain = [line_place, *catalog.places_containing(line_place)]
    main_chain = [main.location_id, *catalog.places_containing(main.location_id)]
    return len(line_chain) > 1 and len(main_chain) > 1 and line_chain[-1] != main_chain[-1]


def summit_of_the_storys_days(events: list[ArticleEvent]) -> str | None:
    """The place of a page's main event when it is a summit or forum held on the story's days
    ("APEC summit in Da Nang", a live page of its second day): with no place line, the page
    tells the news of that place those days, as a story filed from it does."""
    main = next((e for e in events if e.main), None)
    if (main is None or main.location_id is None or main.earlier or main.mentions[0].event_type not in _GATHERINGS_OF_MANY
            or not _of_the_storys_days(main)):
        return None
    return main.location_id


def place_an_undated_summits_reports(events: list[ArticleEvent], words) -> None:
    """On a page with no date whose main event is a summit or a forum with a place and no date,
    put each held, undated report that names no place at the main event's place."""
    main = next((e for e in events if e.main), None)
    if (main is None or main.published is not None or main.date is not None or main.location_id is None
            or main.mentions[0].event_type not in _GATHERINGS_OF_MANY):
        return
    for event in events:
        if event is main or event.location_id is not None or event.date is not None or event.earlier:
            continue
        if _held_somewhere(event, words):
            event.assumed_location = main.location_id
            event.__dict__.pop("location_id", None)


def _held_somewhere(event: ArticleEvent, words) -> bool:
    """Held (not to come), not a call, not attended by video link from elsewhere."""
    return (event.mentions[0].status == "occurred" and not any(m.event_type in words.no_place for m in event.mentions)
            and not any(words.remote.search(m.sentence, *m.scope) for m in event.mentions))


def _named_another(event: ArticleEvent, main: ArticleEvent | None) -> bool:
    """Whether ``event`` is told by a name of its kind that the page's main event, itself named,
    does not bear: another gathering the page tells of beside its own (the summit of the day
    before, hosted elsewhere), not of the story's place."""
    return (main is not None and event is not main and bool(event.own_names) and bool(main.own_names)
            and not event.own_names & main.own_names)


def _of_the_storys_days(event: ArticleEvent) -> bool:
    """Held on the story's day or the day before, or under way on the story's day: a visit of
    several days whose days hold it ("arrived on Tuesday for a three-day visit" under "SEOUL" on
    Thursday) is the news of that city too, where the page's main event is there (_main_at_the_line)."""
    date, published = event.date, event.published
    return (date is not None and published is not None and date.precision == "day"
            and date.first <= published <= date.last) or _held_on_the_storys_days(event)


def _held_on_the_storys_days(event: ArticleEvent) -> bool:
    date, published = event.date, event.published
    return (date is not None and published is not None and date.precision == "day"
            and published - dt.timedelta(days=STORY_DAYS_BEFORE) <= date.first <= published)


def _told_at_the_line(events: list[ArticleEvent], line_place: str) -> bool:
    """Whether every event of the story's days that a sentence places is at the line's place (or
    in a place the line's city holds): the visit under way is then the visit to that city."""
    catalog = entity_catalog()
    return all(e.location_id == line_place or line_place in catalog.places_containing(e.location_id)
               for e in events if e.location_id is not None and not e.earlier and _held_on_the_storys_days(e))

"""A summit told on its first day, beside the same gathering's next day told as another named
event: the first day is one sitting of the gathering, not the gathering over its days.

An announcement says "On 12 May the president takes part in the Northern Council Summit; on
13 May he also addresses the Northern Council Plus session with the invited guests". The article
tells two events, each on its stated day (event_compatibility.compatible keeps them apart). Another
article tells "the summit of 12–13 May" over both days: the gathering. Merged with it, the
first day's summit would take its days and the second day would be lost inside it; the gold
keys the first day as a part of the gathering, its own row (benchmarks/gold/README.md: parts
are their own events). So the first day's report is marked a session (EventMention.session):
the merge keeps it apart from a report of the whole (event_merge's cluster), joins it to
other reports of that day, and corpus/event_sessions.py links it to the gathering by its name.
The next day's event is a sitting too ("the Northern Council Plus session"), kept apart from the
whole in the same way: a report of the whole joins neither day's row.

Only where the article itself parts the days: the next day's event is a summit too, told on
a stated day right after the first (within NEXT_DAYS), under a name the knowledge base knows
that the first does not give, of the same body ("Northern Council Plus" after "Northern Council
Summit": the names' first word). A live page of the first day telling "the summit continues
tomorrow" names no other event: the summit is one, told under way, and it stays whole. Two bodies' summits on consecutive
days ("the BRICS summit on the 9th, the SCO summit on the 10th") are each whole: another body's
summit is no sitting of this one's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ruchina.extract.event_mentions import ArticleEvent
from ruchina.knowledge.base import entity_catalog

SUMMIT = "summit"
#: how many days after the first the other named day may be ("on 12 May ...; on 13 May ...")
NEXT_DAYS = dt.timedelta(days=2)
#: the date kinds a text states ("on June 23"), not the article's own day standing in
STATED = frozenset({"explicit", "weekday", "relative"})


def first_days_as_sessions(events: list[ArticleEvent]) -> None:
    """Mark as sessions the reports of a summit told on one stated day that the article follows
    with a summit of its next days under another known name, and those of that next day's: each
    is one sitting of the gathering the article tells day by day."""
    days = [event for event in events if _summit_of_a_stated_day(event)]
    sittings = []
    for first in days:
        names = _known_names(first)
        later = [event for event in days if event is not first
                 and first.date.last < event.date.first <= first.date.last + NEXT_DAYS
                 and (later_names := _known_names(event)) and not later_names & names
                 and _bodies(later_names) & _bodies(names)]
        if later:
            sittings += [first, *later]
    for event in {id(event): event for event in sittings}.values():
        for position, mention in enumerate(event.mentions):
            if not mention.session:
                event.add(replace(mention, session=True), position)


def _summit_of_a_stated_day(event: ArticleEvent) -> bool:
    date = event.date
    return (event.mentions[0].event_type == SUMMIT and not event.earlier and date is not None
            and date.precision == "day" and date.first == date.last and date.kind in STATED)


def _bodies(names: frozenset[str]) -> set[str]:
    """The bodies the names are of, by their first word ("BRICS" of "BRICS Summit" and "BRICS Plus")."""
    return {name.split()[0] for name in names}


def _known_names(event: ArticleEvent) -> frozenset[str]:
    catalog = entity_catalog()
    return frozenset(name for name in event.event_names
                     if (known := catalog.by_name.get(name)) is not None and known.entity_type == "EVENT")

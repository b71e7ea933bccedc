"""Talks told in an article that reports no visit, held inside a visit other articles report
("Xi and Putin signed the declaration in the Kremlin on Thursday", in a piece on the deal, while
the wire's story of the three-day state visit tells the trip): part of that visit's row. The
events table has one row per real event, so a part's whole need not be told in the same
article (benchmarks/gold/README.md: an article that names only the part reports the part).

event_parts.py links the parts an article tells beside their whole; this links, across the
corpus, talks, signings and ceremonies no article of theirs puts in anything to the one visit
(or state visit) that holds them by event_parts' reading (its days to the day, its place, its
people; or its visitor's talks in the visited country on its days with another host). Both
must be placed and dated to the day: an undated or unplaced report says nothing of where it
stands. A call is no part (it is held from two desks), and two visits that hold it equally
(two reports of a trip that stay apart) leave it unlinked. A leader's visit in his own capital
(to an exhibition, a hospital) is a call at a venue, not a trip: it holds none of the other
business another article tells him doing in the capital that day.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from ruchina.corpus.event_parts import HELD_THERE, VISIT_TYPES, visit_holds
from ruchina.knowledge.base import entity_catalog, office_countries

if TYPE_CHECKING:  # (event_rows.py links the parts of the events it makes)
    from ruchina.corpus.event_rows import Event

ONE_DAY = dt.timedelta(days=1)
#: a visit filed under each of its days at the most so long (a longer span is asked of every part)
LONGEST_FILED = dt.timedelta(days=31)


def link_parts_to_visits_elsewhere(events: list[Event]) -> None:
    """Set ``part_of`` of each placed, day-dated part no article links, to the one visit of
    another article that holds it (the shortest, when one visit holds another)."""
    visits_on = _visits_by_day([e for e in events if e.event_type in VISIT_TYPES and _dated_and_placed(e)
                                and not _at_home(e)])
    for event in events:
        if event.part_of or event.event_type not in HELD_THERE or not _dated_and_placed(event) \
                or all(report.earlier for report in event.article_events):
            continue
        # (a visit holds only what falls within its days (event_parts.inside): only the visits
        # under way on the part's first day are asked, not every visit of the corpus, whose pairs
        # with every part grew with the product of the two at 100,000 articles)
        holders = [visit for visit in visits_on(event.start_date)
                   if not set(visit.article_ids) & set(event.article_ids) and visit_holds(visit, event)]
        if not holders:
            continue
        shortest = min(visit.end_date - visit.start_date for visit in holders)
        holders = [visit for visit in holders if visit.end_date - visit.start_date == shortest]
        if len(holders) == 1:
            event.part_of = holders[0].event_id


def _visits_by_day(visits: list[Event]) -> Callable[[dt.date], list[Event]]:
    """The visits under way on a day, by day: a visit of a few days filed under each of its
    days, a longer one (LONGEST_FILED) asked on every day."""
    by_day: dict[dt.date, list[Event]] = defaultdict(list)
    longer = []
    for visit in visits:
        if visit.end_date - visit.start_date > LONGEST_FILED:
            longer.append(visit)
            continue
        day = visit.start_date
        while day <= visit.end_date:
            by_day[day].append(visit)
            day += ONE_DAY
    return lambda day: by_day.get(day, []) + longer


def _dated_and_placed(event: Event) -> bool:
    return bool(event.start_date and event.end_date and event.date_precision == "day" and event.location_id)


def _at_home(visit: Event) -> bool:
    """Whether every person of the visit holds an office of the one country whose capital it is
    placed in (the knowledge base's roles and capitals): a leader calling at a venue at home."""
    if not visit.participant_ids or not all(office_countries({person}) for person in visit.participant_ids):
        return False  # (an office the knowledge base does not give: no telling whose home it is)
    countries = office_countries(visit.participant_ids)
    if len(countries) != 1:
        return False
    catalog = entity_catalog()
    country, place = catalog.by_name.get(countries.pop()), catalog.get(visit.location_id)
    return country is not None and place is not None and country.capital == place.name

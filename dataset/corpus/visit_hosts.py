"""Two reports of one visit that each name its visitor beside another of his hosts.

A visitor is on one visit at a time, and a visit's reports name him beside whom each is about:
one article tells his stay in the capital with the head of state's name, another the same days
with the head of government's ("the Prime Minister's visit to X, where he met Y"; "his talks
with Z on the same visit"). Such reports share the visitor only, and two people each sharing one
are too few to agree (event_merge._people_disagree), so the visit split into two rows, each
holding one host. The person the two share is the visitor when the knowledge base gives him an
office of another country than the one the visit is placed in; the host they might share instead
(two guests of one head of state in his capital on the same days are two visits) holds an office
of that country, or none the knowledge base knows, and ties nothing here (``share_a_visitor``).
Both are dated to days that meet or follow one another (each member's own days and place, not the
cluster's: a member dated to a month ties none), and one at least is placed by its own text in a
country the knowledge base knows (not at a venue it does not place, where no one is known to be at home),
the other there too or nowhere (its article's place line, where the outlet writes, tells not
where the visit is).

The other way (``visitors_apart``): two reports that each name a visitor alone, of different
countries, neither the visited one, are two visits though place and days tie them (a summit's host
receives several leaders on state visits on the same days).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ruchina.knowledge.base import country_of, office_countries
from ruchina.knowledge.office_terms import countries_served

if TYPE_CHECKING:  # (event_reports.tie_score and event_merge's cluster ask this module)
    from ruchina.corpus.event_reports import Report

VISIT = "visit"
#: the days between two reports of one stay: a day's talks and the next day's (each member's own
#: days, not those the cluster's other members tell, ties a report: a member dated to a month ties none)
NEXT_DAY = dt.timedelta(days=1)

#: (first day, last day, the visit's place and the places holding it), of a visit report dated
#: to the day; the places are () when its own text places it nowhere (none, or only its
#: article's place line: where the outlet writes)
Stay = tuple[dt.date, dt.date, tuple[str, ...]]


#: the longest visit told to the day over more days than a report by day spans ("arrived on 29 September
#: ... stayed until 12 October") that is still one stay of its visitor (merge_keys.py files it by its weeks)
LONGEST_STAY = dt.timedelta(days=31)


def stay(report: Report) -> Stay | None:
    """The days and places of a visit report dated to the day."""
    if report.family != VISIT or report.first is None or not (report.by_day or long_stay(report)):
        return None
    return report.first, report.last, places_told(report)


def long_stay(report: Report) -> bool:
    """A visit report dated firmly to days, more than a report by day spans and at most LONGEST_STAY."""
    return (report.family == VISIT and not report.by_day and report.timing == "firm" and report.first is not None
            and report.last - report.first <= LONGEST_STAY)


def places_told(report: Report) -> tuple[str, ...]:
    """A report's place and the places holding it, () when its own text places it nowhere (its
    article's place line tells where the outlet writes, not where the visit is)."""
    return () if report.place_assumed else report.chain


def share_a_visitor(people: frozenset[str], where: Stay | None, other_people: frozenset[str],
                    other: Stay | None) -> bool:
    """Whether two visit reports are of one stay of a visitor both name: days that meet or follow
    one another (one report tells his talks on the first day, the other on the second), places
    of which one holds the other (or one told nowhere), and a shared person whose office is
    another country's than the one the visit is placed in."""
    if where is None or other is None:
        return False
    first, last, chain = where
    other_first, other_last, other_chain = other
    if first > other_last + NEXT_DAY or other_first > last + NEXT_DAY:
        return False
    if chain and other_chain and chain[0] not in other_chain and other_chain[0] not in chain:
        return False
    country = _country(max(chain, other_chain, key=len))
    # (a leader of the past has no `role` today: the offices offices.yaml gives him at any time say
    # whose he was, Gorbachev the Soviet Union's on his visit to China)
    shared = people & other_people
    served = office_countries(shared) | {c for person in shared for c in countries_served(person)}
    return country is not None and bool(served - {country})


def visitors_apart(people: frozenset[str], chain: tuple[str, ...], other_people: frozenset[str],
                   other_chain: tuple[str, ...]) -> bool:
    """Whether two visit reports name visitors of different countries, neither the visited one:
    two leaders on state visits to one capital on the same days (a summit's host receives
    several) are two visits, though each report names its own visitor only and place and day
    tie them. A minister travelling with his president holds an office of the same country,
    and the host an office of the visited one: neither parts reports."""
    country = _country(max(chain, other_chain, key=len))
    if country is None:
        return False
    ours, theirs = (office_countries(group) - {country} for group in (people, other_people))
    return bool(ours) and bool(theirs) and ours.isdisjoint(theirs)


def _country(chain: tuple[str, ...]) -> str | None:
    return country_of(chain[0]) if chain else None

"""A visit told by its month or week and the visit of those days its other reports date to the day.

"The President is to pay a state visit to China later this month" speaks of the visit that the
next week's stories tell begun in Beijing on the 17th: a visitor is on one visit at a time. The
two share only the visitor and a country, which is often common in a corpus of its coverage (it
ties nothing then: event_reports.tie_score), and a month is too loose a time to tie them alone.
They are one visit when the coarse report names the visitor (and the host, or no one else), as
the other report does, places the visit in the other's place or in a place that holds it (the
country of the city), and its time holds the other's days.

A second visit of his to the same country within that month would tie too: the merge then
joins the coarse report to the one it is tied to most strongly (event_merge.choose_cluster).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (event_reports.tie_score asks this module)
    from ruchina.corpus.event_reports import Report

VISIT = "visit"


def visit_within_its_time(a: Report, b: Report) -> bool:
    """Whether one of two visit reports, dated coarser than to days, is of the other's visit dated
    to days within its time, by the same visitor, at its place or a place that holds it."""
    return _within(a, b) or _within(b, a)


def _within(coarse: Report, fine: Report) -> bool:
    if coarse.family != VISIT or fine.family != VISIT or coarse.by_day or not fine.by_day:
        return False
    if coarse.first is None or fine.first is None or not coarse.first <= fine.first <= fine.last <= coarse.last:
        return False
    if not (coarse.people and fine.people and (coarse.people <= fine.people or fine.people <= coarse.people)):
        return False  # (another visitor, or the visitor beside someone the other report does not name)
    # (its own text's place: a page's place line tells where the outlet writes, not where the visit is)
    return bool(coarse.place and fine.place and coarse.place in fine.chain
                and not (coarse.place_assumed or fine.place_assumed))

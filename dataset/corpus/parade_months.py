"""A parade told by its month or week and the parade of a day within it that its other reports date
to the day, in the same city: "Xi is expected in Moscow in May for the celebrations of the 80th
anniversary of victory" speaks of the 9 May parade there that the other pages name. A city holds
one parade a day (event_reports.ONE_A_DAY_AT_A_PLACE), but a month holds several days, and the city
is often common in a corpus of its coverage (it ties nothing then: event_reports.tie_score), so the
two were left apart. They are one parade when the coarse report places it in the other's city (by its
own text: a page's place line tells where the outlet writes), its time holds the other's day, and the
two share a guest or an event name that is not common.

A rehearsal in that city within the month would tie too: the merge then joins the coarse report to
the one it is tied to most strongly (event_merge.choose_cluster).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (event_reports.tie_score asks this module)
    from ruchina.corpus.event_reports import Commonness, Report

PARADE = "parade"


def parade_within_its_time(a: Report, b: Report, common: Commonness) -> bool:
    """Whether one of two parade reports, dated coarser than to days, is of the other's parade dated
    to a day within its time, in its city, sharing a guest or a name that is not common."""
    return _within(a, b, common) or _within(b, a, common)


def _within(coarse: Report, fine: Report, common: Commonness) -> bool:
    if coarse.family != PARADE or fine.family != PARADE or coarse.by_day or not fine.by_day:
        return False
    if coarse.first is None or fine.first is None or not coarse.first <= fine.first <= fine.last <= coarse.last:
        return False
    if not ((coarse.people & fine.people) - common.ids or (coarse.names & fine.names) - common.names):
        return False  # (another city's guests, or nothing but the common city to tie them)
    return bool(coarse.place and fine.place and coarse.place == fine.place
                and not (coarse.place_assumed or fine.place_assumed))

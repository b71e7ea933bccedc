"""A summit told on a day with no place and only some of its people, and the summit of that day.

A story about its own country's leader tells "the President addressed the summit on Tuesday"
and names no one else and no place; another article tells the same summit that day at its
city with every leader. Where the leader is common in the corpus (the lead of nearly every
story), one shared person and the day are too little to tie them (event_reports.tie_score:
1.5), and the summit splits into two rows. A leader attends one summit a day, so a summit report
dated to the day, placed nowhere, whose people are all among those of a summit report on days
that hold its own, is of that summit (``summit_of_the_day``). Where two summits of its people
are held on its day (two bodies' summits in one city on one day), the merge joins it to
neither (event_merge.choose_cluster: ``unplaced_day_summit``).

The other may name no one at all: "the G20 summit of 21-22 November" told by its name and
days, its leaders left unnamed (``named_summit_of_no_one``), holds a summit of a day told
with the one leader a story is about. A place only the article's place line gives is no
place the report tells (a dateline names where the outlet writes, not where the summit met).

Meetings, calls and visits are not summits: a leader holds many meetings a day. Dates must
hold each other, not only lie within days of each other: the summit of the 10th and a
gathering of the 11th are two.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ruchina.extract.event_sidelines import SUMMIT

if TYPE_CHECKING:  # (event_reports.tie_score asks this module)
    from ruchina.corpus.event_reports import Report


def told_as_summit_by_day(report: Report) -> bool:
    """Told first as a summit, and dated to the day (or to a few days)."""
    return report.by_day and report.first is not None and report.event.mentions[0].event_type == SUMMIT


def unplaced_day_summit(report: Report) -> bool:
    """A summit told on a day, with people and no place of its own (or only its article's
    place line's: Report.place_assumed)."""
    return told_as_summit_by_day(report) and (not report.place or report.place_assumed) and bool(report.people)


def named_summit_of_no_one(report: Report) -> bool:
    """A summit told by a name the knowledge base knows, naming none of its leaders: whoever a
    report of its days names may have been there."""
    return not report.people and bool(report.names)


def summit_of_the_day(a: Report, b: Report) -> bool:
    """Whether one of two summit reports is told on a day with no place, naming only people the
    other names (or the other is a named summit naming no one), and the other's days hold that day (event_reports.tie_score: a tie)."""
    for vague, full in ((a, b), (b, a)):
        if (unplaced_day_summit(vague) and told_as_summit_by_day(full)
                and (vague.people <= full.people or named_summit_of_no_one(full))
                and full.first <= vague.first and vague.last <= full.last):
            return True
    return False


def day_keys(report: Report) -> list[tuple]:
    """The keys a summit report dated by day is filed and sought under: each of its days."""
    if not told_as_summit_by_day(report):
        return []
    return [(report.family, "summit of the day", day) for day in range(report.first.toordinal(),
                                                                       report.last.toordinal() + 1)]

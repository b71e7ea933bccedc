"""A place line's place yields to the place another report of the same meeting states.

A story filed from the capital ("BEIJING, Nov 4 -", "新华社北京11月4日电") tells the talks its
leaders held the day before in another city ("on Monday the premiers met in Hangzhou"), and where
its sentence names no place the report takes the line's city (extract/story_day_places.py). Other
articles place those talks in the city they were held in. Two meetings of the same two people or
more on the same day in two cities are rare; a place line names where the reporter sits, which
may contradict but never ties (event_reports.Report.place_assumed). So a report of a meeting or a
call dated to a day, naming two people or more, whose place is its line's only, joins a cluster
placed elsewhere that holds a report of the same day naming the same people; the row then takes
the place the text states (``stated_places``). The other way too: a cluster placed by place lines
only yields to a report that states its place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ruchina.corpus.event_reports import is_specific_place, place_chain
from ruchina.knowledge.base import entity_catalog

if TYPE_CHECKING:  # (event_merge's clusters and event_rows ask this module)
    from ruchina.corpus.event_reports import Report
    from ruchina.extract.event_mentions import ArticleEvent


def line_place_yields(report: Report, members: list[Report]) -> bool:
    """Whether the report's place and the cluster's clash only by a place line's: the report's
    place, or every clashing member's, is its article's line's, and a member reports the same
    meeting (its day, its people)."""
    if not (report.one_day and report.by_day and len(report.people) >= 2 and report.first == report.last):
        return False
    clashing = [m for m in members if m.place and report.place not in m.chain and m.place not in report.chain]
    if not report.place_assumed and not all(m.place_assumed for m in clashing):
        return False
    return any(m.one_day and m.by_day and m.first == m.last == report.first and m.people == report.people
               for m in members)


def stated_places(cluster: list[ArticleEvent]) -> list[ArticleEvent]:
    """The reports whose places the row may take: where a report's text states a city or a venue,
    the place lines' places that clash with it are left out (one inside it or holding it stays: the
    Kremlin of a place line under talks "in Moscow"). A region (the knowledge base's LOC: "the
    Asia-Pacific", named as what talks are about more often than where they are) is left out
    beside any other place."""
    catalog = entity_catalog()

    def region(event: ArticleEvent) -> bool:
        return getattr(catalog.get(event.location_id), "entity_type", None) == "LOC"

    placed = [e for e in cluster if e.location_id]
    # (a stated city or venue: a country stated beside a place line's city, "Russia-Turkmenistan
    # talks" under "The Kremlin, Moscow", is a side more often than a place, and the line's city stays)
    firm = [e for e in placed if not e.place_assumed and not region(e) and is_specific_place(e.location_id)]
    if firm:
        return [e for e in placed if not region(e) and (not e.place_assumed or any(
            e.location_id in place_chain(f.location_id) or f.location_id in place_chain(e.location_id) for f in firm))]
    return [e for e in placed if not region(e)] or cluster

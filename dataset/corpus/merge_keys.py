"""Where the event merge files each report and where a report looks for the events it could
join (event_merge.py): by what can tie it (its people, pairs of people, names), its cities and
venues, by month, by week at a place, and by day for a summit (summits_of_the_day.py). Two reports
are compared only when one's sought keys meet the other's filed keys, so a report is compared with
the few events it could join, never with all of them; a common person (Putin in every kremlin.ru
text) is no key at all. The corpus index relates articles by the same keys (``merge_keys``).
"""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_reports import (
    FIRM,
    FIRM_DAYS_APART,
    LOOSE,
    LOOSE_DAYS_APART,
    NO_COMMONNESS,
    ONE_A_DAY_AT_A_PLACE,
    ONE_AT_A_TIME,
    Commonness,
    Report,
    is_specific_place,
    months,
    place_ties,
    ties_by_place,
)
from ruchina.corpus.summits_of_the_day import day_keys
from ruchina.corpus.visit_hosts import long_stay
from ruchina.extract.event_mentions import ArticleEvent


def _weeks(first: dt.date, last: dt.date) -> range:
    return range(first.toordinal() // 7, last.toordinal() // 7 + 1)


def _at_place(who: tuple, report: Report, place: str, common: Commonness) -> tuple:
    """What ties a report at ``place``: its ties anywhere, and the common people it names when
    the place is not common itself."""
    return who if place in common.ids else who + report.common_people


def _cities(report: Report) -> list[str]:
    """The cities and venues of a report's place and of the places holding it (the hall,
    Beijing), not countries nor regions: filed in a country, every event there would be
    compared with every report there."""
    return [place for place in report.chain if is_specific_place(place)]


def _week_keys(report: Report, first: dt.date, last: dt.date, common: Commonness) -> list[tuple]:
    """Reports dated within days of each other are tied by a city or venue that is not common
    (by week there), or by a common person and a country or region that is not (by week and
    that person there: filed by week alone, a country holds too many reports)."""
    family, weeks = report.family, _weeks(first, last)
    keys = []
    if family in ONE_A_DAY_AT_A_PLACE:  # (event_reports.py: at any place, common too)
        keys += [(family, ("in", place), week, "one a day") for place in report.chain for week in weeks]
    if family in ONE_AT_A_TIME:  # (event_reports.py: by its people, common too; unplaced, _same_stay)
        keys += [(family, "one at a time", person, week) for person in report.people for week in weeks]
    for place in report.chain:
        if place in common.ids:
            continue
        where = ("in", place)
        if is_specific_place(place):
            keys += [(family, where, week) for week in weeks]
        else:
            keys += [(family, where, week, person) for person in report.common_people for week in weeks]
    return keys


def filed_keys(report: Report, common: Commonness) -> list[tuple]:
    """A report is filed by what can tie it (event_reports.who_keys) per month, and "any"
    time (for reports with none): in each city or venue that holds it ("in": the hall,
    Beijing), and under "who@" (where reports with no city look); by week in each place
    holding it that is not common (reports of a few days at one place are tied by that). A
    report with no city is filed under "who", where every report looks."""
    family, who = report.family, report.who_filed
    dated = [*months(report.first, report.last), "any"] if report.first else ["any"]
    cities = _cities(report)
    keys: list[tuple] = []
    if not cities or report.place_assumed:  # (a place line's city ties nothing: line_places.py)
        keys += [(family, "who", w, month) for month in (dated if report.place else dated[:-1]) for w in who]
    if not report.place:
        return keys
    for place in cities:
        keys += [(family, ("in", place), month, w) for month in dated for w in _at_place(who, report, place, common)]
    # For a report with no time of its own that names no one, or no one who is not common:
    # at a city or venue, "any" time (an article with no date at all), and, for a report with
    # a time of its own, in the months of an announcement's window.
    named = ["anyone"] if report.people - common.ids else ["anyone", "no one"]
    for place in report.chain:
        if place_ties(place, family, common):
            buckets = dated if report.timing in (FIRM, LOOSE) else []
            if "any" not in buckets and is_specific_place(place):
                buckets = [*buckets, "any"]
            elif "any" in buckets and not is_specific_place(place):
                buckets = buckets[:-1]
            keys += [(family, ("in", place), month, w) for month in buckets for w in named]
    if report.by_day:
        keys += _week_keys(report, report.first, report.last, common)
    keys += _long_stay_keys(report, report.first, report.last)
    keys += [(family, "who@", w, month) for month in dated for w in who]
    return keys + day_keys(report)


def _long_stay_keys(report: Report, first: dt.date | None, last: dt.date | None) -> list[tuple]:
    """A visit told to the day over more days than a report by day spans ("arrived on 29 September ... the
    visit lasted until 12 October"), by its people and the weeks it holds, as a visit by day is filed
    (_week_keys): its visitor is on one trip at a time, and the report of its arrival alone is of it."""
    if not long_stay(report):
        return []
    return [(report.family, "one at a time", person, week) for person in report.people for week in _weeks(first, last)]


def sought_keys(report: Report, common: Commonness, corpus_known: bool = True) -> list[tuple]:
    """Where a report looks: in each city or venue holding its place (there, or in a place
    inside it), by the months its date reaches; under "who" (reports with no city); with no
    city of its own, under "who@" (every report of its people); by week in each place holding
    it that is not common."""
    family, who = report.family, report.who_sought
    reach = LOOSE_DAYS_APART if not report.timeless else dt.timedelta(0)
    dated = list(months(report.first - reach, report.last + reach)) if report.first else []
    if report.timeless and report.place:
        dated.append("any")
    keys: list[tuple] = [(family, "who", w, month) for month in dated for w in who]
    cities = _cities(report)
    if not cities or report.place_assumed:  # (a place line's city ties nothing: line_places.py)
        keys += [(family, "who@", w, month) for month in dated for w in who]
    for place in cities:
        keys += [(family, ("in", place), month, w) for month in dated for w in _at_place(who, report, place, common)]
    if report.timeless:
        # Tied by place and time alone when it or the other names no one who is not common
        # (a corpus that does not know what is common may find any of its people common).
        anyone = "no one" if corpus_known and report.people - common.ids else "anyone"
        places = [p for p in report.chain if place_ties(p, family, common)]
        if report.first:  # its window: an event dated in it, at any place that is not common
            keys += [(family, ("in", p), month, anyone) for p in places for month in dated if month != "any"]
        else:  # no time at all: the city or venue
            keys += [(family, ("in", p), "any", anyone) for p in places if ties_by_place(p, common)]
    if report.by_day:
        keys += _week_keys(report, report.first - FIRM_DAYS_APART, report.last + FIRM_DAYS_APART, common)
    if long_stay(report):
        keys += _long_stay_keys(report, report.first - FIRM_DAYS_APART, report.last + FIRM_DAYS_APART)
    return keys + day_keys(report)  # (summits_of_the_day.py)


def merge_keys(event: ArticleEvent) -> tuple[set[tuple], set[tuple]]:
    """(where the merge could file this report, where it could look for others) in any
    corpus: two reports can be merged only if one's second set meets the other's first (the
    corpus index relates articles by this). Nothing is known to be common here (the corpus
    decides that), so nothing common is left out, and anyone may be common."""
    report = Report(event, NO_COMMONNESS)
    return set(filed_keys(report, NO_COMMONNESS)), set(sought_keys(report, NO_COMMONNESS, corpus_known=False))

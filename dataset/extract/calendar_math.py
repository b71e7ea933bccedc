"""Calendar arithmetic for the date phrases dates.py finds: which day, week, month or
season a phrase means counted from the publication date ("next February", "last Friday",
"this spring"), the nearest year of a day named without one, ranges of days, and an
anniversary's date from its anchor (knowledge/anchors.yaml), for every language."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ruchina.knowledge.anchors import Anchor, anchors

MONTHS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): index for index, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

#: A season's first month; it lasts three.
SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def resolve_range(match: re.Match, published: dt.date | None, tense: str) -> tuple[dt.date, dt.date] | None:
    """A range of days; with no year, the occurrence the tense points to from the publication date."""
    groups = match.groupdict()
    month = month_number(groups["month"])
    month2 = month_number(groups["month2"]) if groups.get("month2") else month
    day, day2 = int(groups["day"]), int(groups["day2"])
    if groups.get("year"):
        year2 = int(groups["year"])
        year = year2 - 1 if (month2, day2) < (month, day) else year2
        first = safe_date(year, month, day)
    elif published is not None:
        # In the present tense ("the visit runs from 7 to 10 July") the nearest occurrence.
        first = nearest_year(published, month, day, tense) if tense != "present" else min(
            filter(None, (safe_date(published.year + k, month, day) for k in (-1, 0, 1))),
            key=lambda d: abs(d - published), default=None)
        year2 = first.year + 1 if first and (month2, day2) < (month, day) else (first.year if first else 0)
    else:
        return None
    last = safe_date(year2, month2, day2) if first else None
    if first is None or last is None or not dt.timedelta(0) < last - first <= dt.timedelta(days=31):
        return None
    return first, last


def resolve_month(published: dt.date, month: int, modifier: str, tense: str) -> tuple[dt.date, dt.date]:
    """ "next February": the first after the publication month; "last June": the last before
    it; "this May": the publication year's; "in June": the nearest the tense points to."""
    year = published.year
    if modifier in ("next", "coming"):
        year += month <= published.month
    elif modifier in ("last", "past", "previous"):
        year -= month >= published.month
    elif modifier != "this":
        if tense == "future":
            year += month < published.month
        else:
            year -= month > published.month
    return dt.date(year, month, 1), month_end(year, month)


def resolve_weekday(published: dt.date, weekday: int, modifier: str | None, tense: str) -> dt.date:
    modifier = " ".join((modifier or "").lower().split())
    delta_back = (published.weekday() - weekday) % 7
    delta_forward = (weekday - published.weekday()) % 7
    if modifier in ("last", "past", "this past"):
        return published - dt.timedelta(days=delta_back or 7)
    if modifier in ("next", "coming", "this coming"):
        return published + dt.timedelta(days=delta_forward or 7)
    if modifier == "this":
        # "this Wednesday": the one in the publication week.
        return published - dt.timedelta(days=published.weekday()) + dt.timedelta(days=weekday)
    if tense == "future":
        return published + dt.timedelta(days=delta_forward)
    if tense == "present" and delta_forward < delta_back:
        # A sentence with no cue of the past nor of the future ("the summit opens on Wednesday",
        # "В среду открывается саммит", a schedule "runs from Tuesday to Thursday") tells the
        # days around the story's: the nearer occurrence, which is the coming one when the
        # last one lies four days back or more.
        return published + dt.timedelta(days=delta_forward)
    return published - dt.timedelta(days=delta_back)


def resolve_english_weekday(published: dt.date, weekday: int, modifier: str | None, tense: str) -> dt.date:
    """As resolve_weekday, but "last Thursday" on a Friday is the Thursday of the week before:
    an English writer names the day before as "yesterday" or "on Thursday", and puts "last"
    before it only to reach back past it ("Chou arrived last Thursday" in a Friday's paper,
    eight days back). Only the day right before the publication moves: "last Thursday" on a
    Sunday stays three days back. (Other languages' "last" words keep resolve_weekday.)"""
    date = resolve_weekday(published, weekday, modifier, tense)
    if " ".join((modifier or "").lower().split()) == "last" and published - date == dt.timedelta(days=1):
        return date - dt.timedelta(days=7)
    return date


def resolve_weekday_range(published: dt.date, weekday: int, weekday2: int, tense: str) -> tuple[dt.date, dt.date]:
    """ "from Wednesday to Saturday": in the present tense the days that hold the publication
    date when they do (a visit under way), else the first weekday as a bare one resolves, and
    the days up to the next occurrence of the second."""
    span = dt.timedelta(days=(weekday2 - weekday) % 7)
    if tense == "present":
        first = published - dt.timedelta(days=(published.weekday() - weekday) % 7)
        if published <= first + span:
            return first, first + span
    first = resolve_weekday(published, weekday, None, tense)
    return first, first + span


def resolve_relative(published: dt.date, modifier: str, unit: str) -> tuple[dt.date, dt.date, str]:
    step = {"this": 0, "next": 1, "coming": 1, "last": -1, "past": -1, "previous": -1}[modifier]
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
        return monday, monday + dt.timedelta(days=6), "week"
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + step
        year, month = divmod(month_index, 12)
        return dt.date(year, month + 1, 1), month_end(year, month + 1), "month"
    year = published.year + step
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def season_range(year: int, season: str) -> tuple[dt.date, dt.date]:
    """The season that begins in ``year`` (a winter runs into the next year)."""
    first = dt.date(year, SEASON_STARTS[season], 1)
    last_month = first.year * 12 + first.month + 1  # two months on, counted from 0
    return first, month_end(last_month // 12, last_month % 12 + 1)


def resolve_season(published: dt.date, modifier: str, season: str) -> tuple[dt.date, dt.date]:
    """ "this spring": the one under way at the publication date, or else the one that begins
    in its year; "next spring": the first to begin after it; "last spring": the last to end
    before it."""
    # The latest such season to have begun by then (a winter may have begun the year before).
    begun = season_range(published.year, season)
    if begun[0] > published:
        begun = season_range(published.year - 1, season)
    if modifier == "this":
        return begun if published <= begun[1] else season_range(published.year, season)
    if modifier in ("next", "coming"):
        return season_range(begun[0].year + 1, season)
    return begun if begun[1] < published else season_range(begun[0].year - 1, season)


def nearest_year(published: dt.date, month: int, day: int, tense: str) -> dt.date | None:
    """ "October 18" with no year: the occurrence the tense points to, from the publication date."""
    candidates = [d for d in (safe_date(published.year + k, month, day) for k in (-1, 0, 1)) if d]
    if tense == "future":
        after = [d for d in candidates if d >= published]
        return min(after) if after else None
    before = [d for d in candidates if d <= published]
    return max(before) if before else None


def nearest_month(published: dt.date, day: int, tense: str) -> dt.date | None:
    """A day of the month named by its number alone ("16日", "the 16th"): of the publication
    month and the months either side, the one the tense points to (the last on or before the
    publication date in the past, the first on or after it in the future), the nearest when
    the sentence has no tense."""
    candidates = [d for d in (shift_month(published, k, day) for k in (-1, 0, 1)) if d]
    if tense == "past":
        candidates = [d for d in candidates if d <= published]
        return max(candidates) if candidates else None
    if tense == "future":
        candidates = [d for d in candidates if d >= published]
        return min(candidates) if candidates else None
    return min(candidates, key=lambda d: (abs(d - published), d), default=None)


def shift_month(published: dt.date, months: int, day: int) -> dt.date | None:
    """The given day of the month ``months`` after the publication month (before, when
    negative); None when that month has no such day."""
    index = published.year * 12 + published.month - 1 + months
    return safe_date(index // 12, index % 12 + 1, day)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_number(name: str) -> int:
    return int(name) if name.isdigit() else MONTHS[name.lower().rstrip(".")]


def anniversary_date(years: int, anchor: Anchor) -> tuple[dt.date, dt.date, str]:
    year = anchor.year + years
    if anchor.day:
        day = min(anchor.day, calendar.monthrange(year, anchor.month)[1])
        date = dt.date(year, anchor.month, day)
        return date, date, "day"
    if anchor.month:
        return dt.date(year, anchor.month, 1), month_end(year, anchor.month), "month"
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def find_anchor(text: str) -> Anchor | None:
    """The anchor a phrase names ("the Soviet Union's victory over Nazi Germany")."""
    text = text.strip()
    for anchor in anchors():
        for pattern in anchor.patterns:
            if pattern.match(text) or pattern.search(text[:80]):
                return anchor
    return None

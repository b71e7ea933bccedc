"""The year of a live page that states none, from the summit it follows: its yearless day
headings ("Saturday 1 December", "Friday 30 November") on the days of one summit edition the
knowledge base lists (knowledge/summit_editions.yaml), the page naming that edition's body
("G20") and host city ("Buenos Aires").

Why this is safe: a day and a month with its weekday recur only every five to eleven years,
and a body's summit is held in a given city once in most cases; the page must name both, every
heading must fall within EDITION_SLACK days of the edition's days with its weekday agreeing in
the edition's year, and exactly one edition may so agree (two editions of a body in one city,
Dushanbe 2014 and 2021, are told apart by their weekdays, or give no year). A page that names a
summit of another year in passing ("last year's summit in Osaka") has headings on other days:
they do not fall on that edition's days, and it gives none."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ruchina.knowledge.summit_editions import recurring_summits

#: How far a live page's day heading may lie from the edition's days (the eve of the summit,
#: the morning after).
EDITION_SLACK = dt.timedelta(days=2)


@dataclass(frozen=True)
class _Edition:
    names: re.Pattern[str]
    city: re.Pattern[str]
    start: dt.date
    end: dt.date


def _words(forms) -> re.Pattern[str]:
    """The forms as whole words; a Russian one with a case ending too ("в Самарканде")."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))
                      + r")[а-яё]{0,2}(?!\w)")


@lru_cache(maxsize=None)
def _editions() -> tuple[_Edition, ...]:
    return tuple(_Edition(_words(summit.names), _words([e.city.name, *e.city.aliases, *e.city.names_in_languages]),
                          e.start, e.end)
                 for summit in recurring_summits() for e in summit.editions)


def _on_its_days(edition: _Edition, heading: tuple[int, int, int]) -> bool:
    weekday, month, day = heading
    for year in {edition.start.year, edition.end.year}:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date.weekday() == weekday and edition.start - EDITION_SLACK <= date <= edition.end + EDITION_SLACK:
            return True
    return False


def summit_edition_year(headings: list[tuple[int, int, int]], text: str) -> int | None:
    """The year of the one edition the page's ``text`` names whose days every heading (weekday,
    month, day) falls on; None when none, or more than one, does."""
    if not headings:
        return None
    years = {edition.start.year for edition in _editions()
             if all(_on_its_days(edition, heading) for heading in headings)
             and edition.names.search(text) and edition.city.search(text)}
    return years.pop() if len(years) == 1 else None

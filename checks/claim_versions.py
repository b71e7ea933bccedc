"""The versions of an event's date that articles give, and whether their disagreement is a
dispute about one event or a sign of something else (conflicting_claim.py reports it).

Two dates agree when one event could have both: they overlap, or, for the kinds of event
that last several days (a summit, a forum, a visit), they lie within one such event's span.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from ruchina.checks.records import language_of
from ruchina.extract.dates import resolve_dates

#: Kinds of event that may last several days, and how many at most: a report of the first
#: day and a report of the last agree.
MULTI_DAY_TYPES = frozenset({"summit", "forum", "state_visit", "visit"})
MULTI_DAY_SPAN = dt.timedelta(days=7)
#: A date reckoned from a weekday lies within a week of its article's date line: one that far
#: or less from a date another text states is what a weekday read against the wrong week, or a
#: report joined to the next day's event, gives; not a sign that the texts disagree.
RECKONING_SLACK = dt.timedelta(days=7)


class DateVersions:
    """The date claims about one event, grouped by the range they give."""

    def __init__(self, claims: list[dict], event_type: str | None):
        self.tolerance = MULTI_DAY_SPAN - dt.timedelta(days=1) if event_type in MULTI_DAY_TYPES else dt.timedelta(0)
        by_range = defaultdict(list)
        for claim in sorted(claims, key=lambda c: (c["article_id"], c["char_start"])):
            by_range[(claim["value_date"], claim["value_end_date"])].append(claim)
        self.by_range = dict(sorted(by_range.items()))

    def agree(self, a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
        return max(a[0], b[0]) - min(a[1], b[1]) <= self.tolerance

    def apart(self, ranges) -> int:
        """How many of ``ranges`` at most could not be one event's date two by two (the
        greedy choice by last day is exact for intervals)."""
        count, last = 0, None
        for first, end in sorted(ranges, key=lambda r: r[1]):
            if last is None or not self.agree((first, end), last):
                count, last = count + 1, (first, end)
        return count

    def disputed(self) -> bool:
        return self.apart(self.by_range) >= 2

    def versions(self) -> list[list[dict]]:
        return list(self.by_range.values())

    def reported(self, reckoned: set[str]) -> bool:
        """Whether the disagreement is best read as a dispute about one event:

        * two versions, not three or more: three dates that cannot be one event's are
          several events the merge joined;
        * no article gives two of them itself: its reports were joined wrongly, or it
          reports two events;
        * every pair of dates that cannot both hold has one reckoned from its article's
          stated date (a weekday, "this week"): two days that texts state plainly (a
          calendar date, "today") are two events, not two views of one;
        * and lies more than a week apart (RECKONING_SLACK): closer, the build's reckoning
          explains the difference better than a wrong date line does.
        """
        if self.apart(self.by_range) != 2:
            return False
        by_article = defaultdict(set)
        for key, claims in self.by_range.items():
            for claim in claims:
                by_article[claim["article_id"]].add(key)
        if any(self.apart(keys) > 1 for keys in by_article.values()):
            return False
        keys = list(self.by_range)
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                if self.agree(a, b):
                    continue
                plain_a = [c for c in self.by_range[a] if c["claim_id"] not in reckoned]
                plain_b = [c for c in self.by_range[b] if c["claim_id"] not in reckoned]
                if (plain_a and plain_b) or max(a[0], b[0]) - min(a[1], b[1]) <= RECKONING_SLACK:
                    return False
        return True


def reckoned_by_article(claims: list[dict], articles) -> set[str]:
    """The claims whose date is reckoned from their article's stated date by counting days
    or weeks (a weekday, "this week", "last week"), as opposed to read off the text (a
    calendar date) or the date line itself ("today", "yesterday"). ``articles`` gives each
    article's ``published`` date, ``bodies`` and ``languages`` (each phrase is read in its
    article's language: "в среду" is a weekday as "on Wednesday" is)."""
    reckoned = set()
    for claim in claims:
        published = articles.published.get(claim["article_id"])
        if published is None or isinstance(published, float):
            continue  # undated (None, or NaN from a frame)
        phrase = articles.bodies[claim["article_id"]][claim["char_start"]:claim["char_end"]]
        language = language_of(articles.languages, claim["article_id"])
        if any(date.kind == "weekday" or (date.kind == "relative" and date.precision == "week")
               for date in resolve_dates(phrase, published, language=language)):
            reckoned.add(claim["claim_id"])
    return reckoned

"""What the merge compares of one event report, and how strongly two reports are tied.

Reports of one real event are written differently: outlets date it by weekday, by day,
by "this week" or not at all, and place it at different grains (China, Beijing, the Great
Hall of the People: the knowledge base's ``located_in`` says which place holds which). Two
reports are of one event when nothing they say contradicts (kind, place, people, time; see
event_merge.py's cluster) and enough ties them together, each tie weighted (``tie_score``):

* people: two people named by both (2), or one person named by both who is not common (1);
* a place both name (the coarser of the two, when one holds the other): a city or a venue
  (1), a country or a region (0.5); a common place 0;
* time: both dated to the day, within FIRM_DAYS_APART (1); dates that overlap (0.5);
* the name of an event ("St Petersburg International Economic Forum") both give (1).

Reports are tied at TIE or more. A name, a person or a place is *common* in a corpus when
more than COMMON_SHARE of its articles name it (kremlin.ru: Putin in nearly every text,
Moscow in one in five): it ties nothing, or every report of the President would be one
event. A report with no time of its own (undated, or only a year) says little about which
event it is: it must share people or an event's name with the other report, and a place, or
the other's own date must fall in its time window (an undated report in an article of
4 February speaks of the month before, a planned one of the year after); two windows alone
say too little.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from ruchina.extract.event_mentions import FAMILY, ONE_DAY_TYPES, ArticleEvent
from ruchina.knowledge.base import entity_catalog

#: A name, person or place in more than this share of a corpus's articles is common there...
COMMON_SHARE = 0.1
#: ... and in at least this many: in a small corpus nothing is common.
MIN_COMMON_ARTICLES = 20
#: Reports dated to the day by explicit dates are of one event only if this close: an event
#: lasting a few days is reported by its first and by its last day.
FIRM_DAYS_APART = dt.timedelta(days=3)
#: Reports dated less firmly ("on Wednesday", "this week", a month) may disagree by this
#: much and still be tied (a weekday resolved against a late publication date); the
#: conflicting-claim check then reports the disagreement.
LOOSE_DAYS_APART = dt.timedelta(days=31)
#: When an undated report's event is, from its article's publication date.
OCCURRED_WINDOW = dt.timedelta(days=31)
PLANNED_WINDOW = dt.timedelta(days=366)
#: A report naming more people than this is found by its people one by one, not by pairs.
PAIR_LIMIT = 8
#: A report dated to a day, or to a few days, is tied by time to reports of those days
#: (and filed by each day); a longer range only overlaps.
MAX_DAYS = 7
TIE = 2.0

#: How firmly a report is dated: an explicit day; a day, week or month from a weekday or a
#: relative phrase; a window (a year, or the time around its article's publication).
FIRM, LOOSE, WINDOW = "firm", "loose", "window"
#: Date kinds that were not read from the report itself (its article's publication date).
INFERRED_KINDS = frozenset({"published", "publication"})


@dataclass(frozen=True)
class Commonness:
    """The entity ids (and their names) that are common in a corpus."""

    ids: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()

    @classmethod
    def from_counts(cls, articles_naming: dict[str, int], n_articles: int, names: dict[str, str]) -> Commonness:
        """From how many of ``n_articles`` articles name each entity id."""
        floor = max(MIN_COMMON_ARTICLES, COMMON_SHARE * n_articles)
        ids = frozenset(entity for entity, count in articles_naming.items() if count > floor)
        return cls(ids, frozenset(names[entity] for entity in ids if entity in names))

    @classmethod
    def of_articles(cls, mentions_per_article: Iterable[Iterable]) -> Commonness:
        """From every article's entity mentions (objects with ``entity_id`` and ``name``)."""
        counts: Counter = Counter()
        names: dict[str, str] = {}
        n_articles = 0
        for mentions in mentions_per_article:
            n_articles += 1
            named = {}
            for mention in mentions:
                named[mention.entity_id] = mention.name
            counts.update(named.keys())
            names.update(named)
        return cls.from_counts(counts, n_articles, names)


NO_COMMONNESS = Commonness()


@lru_cache(maxsize=65536)
def place_chain(place: str) -> tuple[str, ...]:
    """The place and the places that hold it, nearest first (the Great Hall, Beijing, China)."""
    return (place, *entity_catalog().places_containing(place))


@lru_cache(maxsize=65536)
def is_specific_place(place: str) -> bool:
    """A city or a venue: a place the knowledge base puts inside another, or one it does not
    know (discovered names of places are towns and venues far more often than countries)."""
    known = entity_catalog().get(place)
    return known is None or known.located_in is not None


def months(first: dt.date, last: dt.date) -> range:
    return range(first.year * 12 + first.month, last.year * 12 + last.month + 1)


class Report:
    """One ArticleEvent as the merge sees it: its kind, place (with the places holding
    it), people, names, and its time as an interval with a firmness."""

    __slots__ = ("article_id", "by_day", "chain", "event", "family", "first", "last", "likeness", "names", "one_day",
                 "people", "place", "timing", "who")

    def __init__(self, event: ArticleEvent, common: Commonness):
        self.event = event
        self.article_id = event.article_id
        self.family = FAMILY.get(event.mentions[0].event_type, event.mentions[0].event_type)
        self.place = event.location_id
        self.chain = place_chain(self.place) if self.place else ()
        self.people = frozenset(event.participants)
        # A name of one word is an event word ("Summit"), not the name of one event.
        self.names = frozenset(name for name in event.event_names if " " in name)
        self.first, self.last, self.timing, self.by_day = _timing(event)
        #: a call or a meeting: an event of one day, whose reports dated to days apart are other events
        self.one_day = all(m.event_type in ONE_DAY_TYPES for m in event.mentions)
        #: what can tie it: people and names that are not common, pairs of people
        people = sorted(self.people)
        who: list = [p for p in people if p not in common.ids]
        who += [("name", n) for n in sorted(self.names) if n not in common.names]
        if 2 <= len(people) <= PAIR_LIMIT:
            who += list(combinations(people, 2))
        self.who = tuple(who)
        self.likeness = (self.family, event.earlier, self.place, self.people, self.names, self.first, self.last,
                         self.timing, self.by_day)

    @property
    def timeless(self) -> bool:
        """No time of its own: undated, or a window."""
        return self.timing is None or self.timing == WINDOW


def _timing(event: ArticleEvent) -> tuple:
    """(first, last, firmness, dated to the day) of a report."""
    date = event.date
    if date is not None:
        if date.kind == "published" and date.precision == "day":
            # The day of an article that reports it as the day's news (kremlin readouts, wire
            # copy): a day, as firm as a stated one, so the second day of a summit joins its first.
            return date.first, date.last, FIRM, True
        if date.precision == "year" or date.kind in INFERRED_KINDS:
            return date.first, date.last, WINDOW, False
        firm = date.precision == "day" and date.kind == "explicit"
        by_day = date.precision == "day" and (date.last - date.first).days < MAX_DAYS
        return date.first, date.last, FIRM if firm else LOOSE, by_day
    if event.published is None:
        return None, None, None, False
    if all(m.status == "planned" for m in event.mentions):
        return event.published, event.published + PLANNED_WINDOW, WINDOW, False
    return event.published - OCCURRED_WINDOW, event.published, WINDOW, False


def days_apart_allowed(a_timing: str, b_timing: str) -> dt.timedelta:
    """How far apart the dates of two reports of one event may be."""
    if a_timing == WINDOW or b_timing == WINDOW:
        return dt.timedelta(0)
    if a_timing == FIRM and b_timing == FIRM:
        return FIRM_DAYS_APART
    return LOOSE_DAYS_APART


def gap(a: Report, b: Report) -> dt.timedelta:
    return max(a.first - b.last, b.first - a.last, dt.timedelta(0))


def tie_score(a: Report, b: Report, common: Commonness) -> float:
    """How strongly two reports that do not contradict each other are tied (TIE or more:
    one event); 0 when they are not."""
    shared = a.people & b.people
    people = 2.0 if len(shared) >= 2 else (1.0 if shared and not shared <= common.ids else 0.0)
    names = 1.0 if (a.names & b.names) - common.names else 0.0
    place = _place_score(a, b, common)
    if a.timeless or b.timeless:
        # Which event, of the many these people attend, it is: only a place both name, or a
        # date in its window, can say. A report of an article that has no date at all can
        # be dated only by the event it reports: when one of the two names no one, a city or
        # venue ties it (the merge lets it join only the one event of its kind there).
        if people + names >= 1 and ((a.place and b.place) or _dated_within(a, b) or _dated_within(b, a)):
            total = people + names + place
        elif place == 1.0 and not (a.people and b.people) and (a.timing is None or b.timing is None):
            total = TIE
        else:
            total = 0.0
    else:
        time = 1.0 if a.by_day and b.by_day and gap(a, b) <= FIRM_DAYS_APART else 0.5 if gap(a, b) == dt.timedelta(0) else 0.0
        total = people + names + time + place
    return total if total >= TIE else 0.0


def _dated_within(a: Report, b: Report) -> bool:
    """``a`` has a time of its own, within ``b``'s window (two windows say too little)."""
    return a.timing in (FIRM, LOOSE) and b.first is not None


def _place_score(a: Report, b: Report, common: Commonness) -> float:
    if not (a.place and b.place):
        return 0.0
    shared = a.place if a.place in b.chain else b.place  # the coarser one: it holds the other
    if shared in common.ids:
        return 0.0
    return 1.0 if is_specific_place(shared) else 0.5


def ties_by_place(place: str, common: Commonness) -> bool:
    """Whether ``place`` (the coarser of two reports' places) is a place tie of 1: enough to
    tie reports dated to within days of each other, or a report with no time of its own
    when one of them names no one."""
    return place not in common.ids and is_specific_place(place)

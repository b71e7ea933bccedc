"""What the merge compares of one event report, and how strongly two reports are tied.

Reports of one real event are written differently: outlets date it by weekday, by day,
by "this week" or not at all, and place it at different grains (China, Beijing, the Great
Hall of the People: the knowledge base's ``located_in`` says which place holds which). Two
reports are of one event when nothing they say contradicts (kind, place, people, time; see
event_merge.py's cluster) and enough ties them together, each tie weighted (``tie_score``):

* people: two people named by both (2), one person named by both (1; 0.5 if common);
* a place both name (the coarser of the two, when one holds the other): a city or a venue
  (1), a country or a region (0.5); a common place 0;
* time: both dated to the day, within FIRM_DAYS_APART (1); dates that overlap (0.5);
* the name of an event the knowledge base knows ("St Petersburg International Economic
  Forum") both give (1); with a time that holds the other's days ("in June", "on 15-18
  June"), a tie in itself: an edition a year.

Reports are tied at TIE or more. A name, a person or a place is *common* in a corpus when
more than COMMON_SHARE of its articles name it (kremlin.ru: Putin in nearly every text,
Moscow in one in five): a common place ties nothing and a common person little, or every
report of the President would be one event (Putin, no place, a day: 1.5; Putin arriving in
China that day: 2). A report with no time of its own (undated, or only a year) says little
about which event it is: it must share people who are not common, an event's name or a city
that is not common with the other report, and a place, or the other's own date must fall in
its time window (0.5: an undated report in an article of 4 February speaks of the month
before, a planned one of the year after); two windows alone say too little. A person who
is not common, places that agree and the other's date in its window are enough, and so
are a known event's name and the other's date in its window (an edition a year): the
merge then lets such a report join only the one event it fits. When one of
the two names no one who is not common, a place that is not common and a date in the window
of an undated report are enough (not in a year a phrase gives): the merge lets a report with
no time of its own join only the one event it fits.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from ruchina.corpus.parade_months import parade_within_its_time
from ruchina.corpus.summits_of_the_day import summit_of_the_day
from ruchina.corpus.visit_hosts import share_a_visitor, stay
from ruchina.corpus.visit_months import visit_within_its_time
from ruchina.extract.event_compatibility import ONE_DAY_SLACK
from ruchina.extract.event_mentions import FAMILY, ArticleEvent
from ruchina.extract.event_report import ONE_DAY_TYPES
from ruchina.extract.event_sidelines import sideline_role
from ruchina.extract.event_three_way import three_way
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
#: A report naming more people than this is filed by its people one by one, not by pairs.
PAIR_LIMIT = 8
#: A report dated to a day, or to a few days, is tied by time to reports of those days
#: (and filed by each day); a longer range only overlaps.
MAX_DAYS = 7
TIE = 2.0
#: What dates that meet add to a tie beyond dates days apart (twice that when they begin on
#: one day): a rank, never a tie (2 x 0.01 < 0.5).
SAME_DAYS_BONUS = 0.01

#: Families of which a place holds one event a day, whoever reports it: two reports of a
#: parade in one city on the same days are of one parade, though the city is common and
#: each names the guests it is about.
ONE_A_DAY_AT_A_PLACE = frozenset({"parade"})
#: Families of which a person is on one at a time: two reports of a visit naming the same
#: people (or one of them naming also the host) on days that meet, at places that agree, are
#: of one visit, though the people and the places are common (an announcement names the
#: country, the day's story the city).
ONE_AT_A_TIME = frozenset({"visit"})

#: How firmly a report is dated: an explicit day, or the day its article was published (the
#: day's news: extract/event_mentions.py dates an article's main event so when no phrase
#: does); a day, week or month from a weekday or a relative phrase; a window (a year, or the
#: time around its article's publication).
FIRM, LOOSE, WINDOW = "firm", "loose", "window"
#: Date kinds that no phrase of the report states: the publication date.
PUBLISHED_KINDS = frozenset({"published"})
#: Date kinds of a day as firm as a stated one: a day written out, and a day word counted
#: from the publication date ("today", "yesterday"), as firm as that date itself (a weekday
#: is not: which week it names is a guess).
FIRM_DAY_KINDS = frozenset({"explicit", "relative"})


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


@lru_cache(maxsize=4096)
def is_known_event_name(name: str) -> bool:
    known = entity_catalog().by_name.get(name)
    return known is not None and known.entity_type == "EVENT"


def months(first: dt.date, last: dt.date) -> range:
    return range(first.year * 12 + first.month, last.year * 12 + last.month + 1)


class Report:
    """One ArticleEvent as the merge sees it: its kind, place (with the places holding
    it), people, names, and its time as an interval with a firmness."""

    __slots__ = ("article_id", "by_day", "chain", "common_people", "event", "family", "first", "last", "likeness",
                 "names", "officials", "one_day", "people", "place", "place_assumed", "session", "sideline", "timing",
                 "three_way", "outreach", "who_filed", "who_sought", "whole")

    def __init__(self, event: ArticleEvent, common: Commonness):
        self.event = event
        self.article_id = event.article_id
        self.family = FAMILY.get(event.mentions[0].event_type, event.mentions[0].event_type)
        self.place = event.location_id
        self.chain = place_chain(self.place) if self.place else ()
        #: placed by its article's place line only: a place that may contradict, never tie
        self.place_assumed = event.place_assumed
        # (not those only present at it: an official at the leaders' talks, at his own talks on another day)
        self.people = frozenset(event.participants) - event.present
        # Names the knowledge base knows ("St. Petersburg International Economic Forum"): a
        # name found in text may be a piece of one ("Economic Forum") or an event word.
        self.names = frozenset(name for name in event.event_names if is_known_event_name(name))
        self.first, self.last, self.timing, self.by_day = _timing(event)
        #: a call or a meeting: an event of one day, whose reports dated to days apart are other events
        self.one_day = all(m.event_type in ONE_DAY_TYPES for m in event.mentions)
        #: of one session of a larger event ("the plenary session of the forum", on one of its
        #: days), or of the whole event over days the text gives ("the forum, 15-18 June"): the
        #: merge keeps the two apart (the session is a part of the event: its own row); days
        #: told by their weekdays are days too ("the forum, which opened on Thursday and runs
        #: until Saturday"), a month is none
        self.session = any(m.session for m in event.mentions)
        self.whole = not self.session and (self.timing == FIRM or self.by_day) and self.last > self.first
        #: of a meeting of officials the article does not name ("the foreign ministers met"),
        #: not of the leaders' talks at that place and day (event_officials.py)
        self.officials = event.mentions[0].officials
        #: of a meeting told as three-way, not of two leaders' talks beside it (extract/event_three_way.py)
        self.three_way = three_way(event)
        #: of a summit's sitting with its outside guests, not of the summit nor of talks beside it
        #: (extract/outreach_sessions.py)
        self.outreach = any(m.outreach for m in event.mentions)
        #: a meeting of two, or a summit, which are not one event (extract/event_sidelines.py)
        self.sideline = sideline_role(event)
        #: what it is filed by and looks for (``who_keys``)
        self.who_filed, self.who_sought = who_keys(self.people, self.names, common)
        #: common people it names: a tie at a place that is not common, on the same days
        self.common_people = tuple(("common", p) for p in sorted(self.people) if p in common.ids)
        self.likeness = (self.family, event.earlier, self.place, self.people, self.names, self.first, self.last,
                         self.timing, self.by_day, event.documents, event.ceremonies)

    @property
    def timeless(self) -> bool:
        """No time of its own: undated, or a window."""
        return self.timing is None or self.timing == WINDOW


def who_keys(people: frozenset[str], names: frozenset[str], common: Commonness) -> tuple[tuple, tuple]:
    """(what a report is filed by, what it looks for) among people and names that are not
    common. Reports that each name two to PAIR_LIMIT people agree only if they share two of
    them (Jaccard over MIN_PEOPLE_SHARED): such a report is filed by its pairs of people and
    looks for pairs, and for each of its people among the reports naming that one alone or a
    long list ("solo": a long list files no pairs). A report naming one person, or a long
    list, looks for every report naming each ("solo" and "group")."""
    named = sorted(people)
    mine = [p for p in named if p not in common.ids]
    names_keys = [("name", n) for n in sorted(names) if n not in common.names]
    everyone = [(kind, p) for p in mine for kind in ("solo", "group")]
    if len(named) == 1:
        filed, sought = [("solo", p) for p in mine], everyone
    elif len(named) <= PAIR_LIMIT:
        pairs = list(combinations(named, 2))
        filed, sought = pairs + [("group", p) for p in mine], pairs + [("solo", p) for p in mine]
    else:
        filed, sought = everyone, everyone
    return tuple(filed + names_keys), tuple(sought + names_keys)


def _timing(event: ArticleEvent) -> tuple:
    """(first, last, firmness, dated to the day) of a report."""
    date = event.date
    if date is not None:
        if date.kind in PUBLISHED_KINDS and date.precision == "day":
            # The day of an article that reports it as the day's news (kremlin readouts, wire
            # copy): a day, as firm as a stated one, so the second day of a summit joins its first.
            return date.first, date.last, FIRM, True
        if date.precision == "year":
            return date.first, date.last, WINDOW, False
        by_day = date.precision == "day" and (date.last - date.first).days < MAX_DAYS
        firm = date.precision == "day" and date.kind in FIRM_DAY_KINDS
        return date.first, date.last, FIRM if firm else LOOSE, by_day
    if event.published is None:
        return None, None, None, False
    if all(m.status == "planned" for m in event.mentions):
        return event.published, event.published + PLANNED_WINDOW, WINDOW, False
    return event.published - OCCURRED_WINDOW, event.published, WINDOW, False


def days_apart_allowed(a_timing: str, b_timing: str, one_day: bool = False) -> dt.timedelta:
    """How far apart the dates of two reports of one event may be; ``one_day``: both are of
    an event of one day (a call, a meeting: a call on Monday is not the call on Thursday)."""
    if a_timing == WINDOW or b_timing == WINDOW:
        return dt.timedelta(0)
    if a_timing == b_timing == FIRM:
        return ONE_DAY_SLACK if one_day else FIRM_DAYS_APART
    return LOOSE_DAYS_APART


def gap(a: Report, b: Report) -> dt.timedelta:
    return max(a.first - b.last, b.first - a.last, dt.timedelta(0))


def tie_score(a: Report, b: Report, common: Commonness, of_the_day: bool = True) -> float:
    """How strongly two reports that do not contradict each other are tied (TIE or more:
    one event); 0 when they are not. ``of_the_day``: an unplaced summit of a day and the summit
    whose days hold it are tied (summits_of_the_day.py; False: what else ties them)."""
    shared = a.people & b.people
    people = 2.0 if len(shared) >= 2 else 1.0 if shared - common.ids else 0.5 if shared else 0.0
    uncommon = people if people >= 1 else 0.0
    names = 1.0 if (a.names & b.names) - common.names else 0.0
    place = _place_score(a, b, common)
    if a.timeless or b.timeless:
        # Which event, of the many these people attend, it is: only a place both name, or a
        # date in its window, can say. When one of the two names no one who is not common, a
        # place that is not common and the other's date in its window tie it ("the visit to
        # China" announced in December, the visit of 4 February), and for a report of an
        # article with no date at all, a city or venue (the merge lets such a report join
        # only the one event of its kind that fits).
        dated_within = _dated_within(a, b) or _dated_within(b, a)
        total = 0.0
        if uncommon + names + (place == 1.0) >= 1 and ((a.place and b.place) or dated_within):
            total = people + names + place + (0.5 if dated_within else 0.0)
        named_apart = bool(a.people - common.ids) and bool(b.people - common.ids)
        # (the window of an undated report, not a year a phrase gives: too long to say which)
        announced = (_dated_within(a, b) and b.event.date is None) or (_dated_within(b, a) and a.event.date is None)
        if total < TIE and place and not named_apart and (
                announced or (place == 1.0 and (a.timing is None or b.timing is None))):
            total = TIE
        if total < TIE and announced and a.family in ONE_A_DAY_AT_A_PLACE and a.place and b.place:
            total = TIE  # "the parade in Moscow" announced in March, the one held in its window
        if total < TIE and uncommon and dated_within and a.place and b.place:
            # Someone who is not common, at places that agree, the other's date in its window:
            # "Tokayev will come to Russia early next year" is his visit to Moscow in
            # February, though Russia is common (a second visit of his that year ties it too,
            # and then the merge joins it to neither).
            total = TIE
        if total < TIE and names and dated_within:
            # The name of a recurring event (a forum, the Games) and the other's date in its
            # window: an edition a year, and the window no longer than a year ("the Winter
            # Olympics opening ceremony" announced in December, held on 4 February).
            total = TIE
    else:
        apart = gap(a, b)
        time = 1.0 if a.by_day and b.by_day and apart <= FIRM_DAYS_APART else 0.5 if apart == dt.timedelta(0) else 0.0
        if time and apart == dt.timedelta(0):
            # (dates that meet rank a cluster above one days away, and above them those that
            # begin on the same day: "the summit on 23-24 June" is the summit of the 23rd, not
            # the meeting of the 24th; too little to cross TIE, all ties being halves; the
            # first day of a week or a month is no day its report names: "early this week")
            time += SAME_DAYS_BONUS * (2 if a.first == b.first and a.by_day and b.by_day else 1)
        total = people + names + time + place
        if total < TIE and names and (_holds(a, b) or _holds(b, a)):
            # The name of a recurring event and a time that holds the other's days: "the forum
            # in June" and the forum of 15-18 June (an edition a year, as for a window).
            total = TIE
        if total < TIE and a.family in ONE_A_DAY_AT_A_PLACE and time > 1.0 and a.place and b.place:
            total = TIE  # (the same days: a rehearsal two days before is another parade)
        if total < TIE and a.family in ONE_AT_A_TIME and a.people and b.people and time > 1.0 \
                and (a.people <= b.people or b.people <= a.people) and a.place and b.place:
            total = TIE  # (the visitor's visit on days that meet, to places that agree; one names the host)
        if total < TIE and a.family in ONE_AT_A_TIME and a.people and b.people and _same_stay(a, b) \
                and (a.people <= b.people or b.people <= a.people) and bool(a.place) != bool(b.place):
            total = TIE  # (his three-day visit of the same three days, one report naming no place: _same_stay)
        if total < TIE and a.family in ONE_AT_A_TIME and share_a_visitor(a.people, stay(a), b.people, stay(b)):
            total = TIE  # (the visitor with the head of state, and with the premier, on those days there: visit_hosts.py)
        if total < TIE and visit_within_its_time(a, b):
            total = TIE  # ("a state visit to China later this month", the visit begun in Beijing on the 17th)
        if total < TIE and parade_within_its_time(a, b, common):
            total = TIE  # ("expected in Moscow in May for the celebrations", the parade there of 9 May)
        if total < TIE and of_the_day and summit_of_the_day(a, b):
            total = TIE  # (a leader at one summit a day: summits_of_the_day.py)
    return total if total >= TIE else 0.0


def _same_stay(a: Report, b: Report) -> bool:
    """Two reports of a visit of several days dated to the very same days, each to the day (a
    visitor is on one visit at a time: "his state visit of 14-16 October" told with no place is his
    visit to Beijing of 14-16 October). One day is not enough: a day holds a visitor's stops in two
    countries, and a visit and the host's visit to a plant that day."""
    return a.by_day and b.by_day and a.first == b.first and a.last == b.last and a.last > a.first


def same_kind(report: Report, members: list[Report]) -> bool:
    """Whether a member was first reported as the report's own kind of event: a summit's
    report tied as strongly to the summit as to talks on its sidelines is the summit's."""
    kind = report.event.mentions[0].event_type
    return any(member.event.mentions[0].event_type == kind for member in members)


def _holds(a: Report, b: Report) -> bool:
    """``a``, dated more coarsely than to a few days (a month, a week), holds ``b``'s days."""
    return not a.by_day and a.first <= b.first and b.last <= a.last


def _dated_within(a: Report, b: Report) -> bool:
    """``a`` has a time of its own, within ``b``'s window (two windows say too little)."""
    return a.timing in (FIRM, LOOSE) and b.first is not None


def _place_score(a: Report, b: Report, common: Commonness) -> float:
    # (a place line's place is where a President works on most days: Novo-Ogaryovo is the
    # place of many meetings a week, and ties none of them to another)
    if not (a.place and b.place) or a.place_assumed or b.place_assumed:
        return 0.0
    shared = a.place if a.place in b.chain else b.place  # the coarser one: it holds the other
    if shared in common.ids:
        return 0.0
    return 1.0 if is_specific_place(shared) else 0.5


def place_ties(place: str, family: str, common: Commonness) -> bool:
    """Whether the merge files and looks for reports at a place with no one or no time:
    not a common one, unless a place holds one event of the family a day (a parade in
    Moscow, however common Moscow is; tie_score says when they are tied)."""
    return place not in common.ids or family in ONE_A_DAY_AT_A_PLACE


def ties_by_place(place: str, common: Commonness) -> bool:
    """Whether ``place`` (the coarser of two reports' places) is a place tie of 1: enough to
    tie reports dated to within days of each other, or a report with no time of its own
    when one of them names no one."""
    return place not in common.ids and is_specific_place(place)

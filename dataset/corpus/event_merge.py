"""Merge the reports of one real event across articles into one Event.

A report joins the event of other reports when it contradicts none of them (kind, place,
people, time) and is tied to one of them (event_reports.py: ``tie_score``); among the
events it could join, it joins the one it is tied to most strongly. A report with no time
of its own that could join two events joins neither, as which one it speaks of is not known,
unless only one of them gives the event name it gives, or else only one names a person it
names who is not common ("I will meet Xi in Beijing": the meeting Xi attends), or else it is a
plan with no time ("we look forward to our meeting"), which is of the first such event after
its article's day. The guests
of an event of many (a forum, a parade, the Games' opening ceremony) need not agree: each
report names those it is about (MANY_GUESTS; a parade is one a day at a place,
event_reports.ONE_A_DAY_AT_A_PLACE). Reports are merged dated, placed and well-described first, so that vaguer ones find the
event they fit. Disagreements are kept: every report stays available for the claims table.

The merge files each event under what can tie a report to it (merge_keys.py), so that a report
is compared with the few events it could join, never with all of them: 100,000 articles merge in
seconds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ruchina.corpus.event_reports import (
    FIRM,
    LOOSE,
    NO_COMMONNESS,
    ONE_A_DAY_AT_A_PLACE,
    ONE_AT_A_TIME,
    Commonness,
    Report,
    days_apart_allowed,
    same_kind,
    tie_score,
)
from ruchina.corpus.event_rows import Event, events_of_clusters
from ruchina.corpus.line_places import line_place_yields
from ruchina.corpus.merge_keys import filed_keys, merge_keys, sought_keys
from ruchina.corpus.plans_told_late import begun_before_its_plan, plan_told_for_later
from ruchina.corpus.summit_bodies_apart import (
    body_summit_told,
    body_summits,
    guests_a_third_names,
    named_days_apart,
    other_bodies,
    some_of_its_guests,
)
from ruchina.corpus.summit_guests import one_summit, summit_days
from ruchina.corpus.summits_of_the_day import unplaced_day_summit
from ruchina.corpus.unnamed_meeting_days import told_day, unnamed_on_another_day
from ruchina.corpus.visit_hosts import Stay, places_told, share_a_visitor, stay, visitors_apart
from ruchina.extract.ceremony_kinds import ceremonies_apart
from ruchina.extract.document_kinds import documents_apart
from ruchina.extract.event_compatibility import MIN_PEOPLE_SHARED
from ruchina.extract.event_mentions import ArticleEvent
from ruchina.extract.event_sidelines import roles_apart, roles_told_apart

#: Families of events of many guests, one of a name at a time: the people two reports name
#: need not agree when they name the event alike (_many_guests).
MANY_GUESTS = frozenset({"forum", "parade", "other"})

__all__ = ["Event", "merge_across_articles", "merge_keys"]

def merge_across_articles(article_events: list[ArticleEvent], names: dict[str, str],
                          colliding: Callable[[set[str]], list[Event]] | None = None,
                          common: Commonness = NO_COMMONNESS) -> list[Event]:
    """One Event per real-world event; ``names`` maps entity ids to names for labels;
    ``common``: the corpus's common names, people and places (they tie nothing). When these
    reports are part of a larger corpus (`validate --changed`), ``colliding`` gives, for the
    base ids of their events, the corpus's other events with those ids: ids are told apart
    across the whole corpus."""
    clusters = merge_reports([Report(event, common) for event in article_events], common)
    return events_of_clusters([[report.event for report in cluster.members] for cluster in clusters], names, colliding)


def merge_reports(reports: list[Report], common: Commonness) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    index: dict[tuple, list[int]] = {}
    for report in sorted(reports, key=_merge_order):
        candidates = sorted({number for key in sought_keys(report, common) for number in index.get(key, ())})
        chosen = choose_cluster(report, [clusters[number] for number in candidates], common)
        number = candidates[chosen] if chosen is not None else len(clusters)
        if chosen is None:
            clusters.append(_Cluster())
        clusters[number].add(report)
        for key in filed_keys(report, common):
            numbers = index.setdefault(key, [])
            if not numbers or numbers[-1] != number:
                numbers.append(number)
    return clusters


def choose_cluster(report: Report, candidates: list[_Cluster], common: Commonness) -> int | None:
    """The position in ``candidates`` of the cluster the report joins: the one it is tied to most strongly
    (of those, one of its kind first); None if it joins none. A report that gives no day and names no
    session, tied to a session of an event and to the event over its days, is of the event. A report with
    no time of its own that could join several joins none, unless exactly one holds a report alike to it;
    nor does a summit told on a day with no place that only the day ties to several (summits_of_the_day.py)."""
    scores = {position: score for position, cluster in enumerate(candidates)
              if (score := cluster.score(report, common))}
    tied = list(scores)
    if len(tied) > 1 and not (report.by_day or report.session):
        # (one it could join is a session of an event, another the event over its days: "the
        # St Petersburg forum", in June or undated, no session named, is the forum, not its
        # plenary session; a report of one day may be of the day's session)
        tied = [position for position in tied if not candidates[position].of_session] or tied
    if len(tied) > 1 and unplaced_day_summit(report):
        # (a summit told on a day with no place, tied to a summit of that day only by the day:
        # of the one such summit, and of none when two of its people's summits meet that day)
        by_the_day = [position for position in tied if candidates[position].of_the_day_only(report, common)]
        tied = [position for position in tied if position not in by_the_day] or by_the_day
        if len(tied) > 1 and tied == by_the_day:
            return None
    best = max(tied, key=lambda at: (scores[at], same_kind(report, candidates[at].members), -at), default=None)
    if report.timeless and len(tied) > 1:
        alike = [position for position in tied if candidates[position].holds_alike(report)]
        if len(alike) == 1:
            return alike[0]
        # The event's name says which ("the opening ceremony of the Winter Olympics" is not
        # another leader's meeting in that city that day), else a person who is not common
        # ("I will meet President Xi there" is the meeting Xi attends, not another one).
        named = [position for position in tied if candidates[position].shares_name(report, common)]
        if not named:
            named = [position for position in tied if candidates[position].shares_someone(report, common)]
        if len(named) == 1:
            return named[0]
        return _next_of_a_plan(report, named or tied, candidates)
    return best


def _next_of_a_plan(report: Report, tied: list[int], candidates: list[_Cluster]) -> int | None:
    """A plan its article gives no time for ("I look forward to our meeting"), tied to several
    events of its kind after its article's day, is of the first of them: a plan speaks of the
    next meeting, not of one after it. None when two of its kind start on that first day, or
    when the report is not such a plan (an undated past meeting may be any of them)."""
    event = report.event
    if event.date is not None or report.timing is None or any(m.status != "planned" for m in event.mentions):
        return None
    kind = event.mentions[0].event_type
    # (only events dated to days, from the article's day on: a cluster known only as "in
    # December" is no first meeting, nor one before the plan was told)
    starts = {position: day for position in tied if (day := candidates[position].first_day) is not None
              and day >= report.first and candidates[position].of_kind(kind)}
    first = min(starts.values(), default=None)
    soonest = [position for position, day in starts.items() if day == first]
    return soonest[0] if len(soonest) == 1 else None


def _merge_order(report: Report) -> tuple:
    event = report.event
    return (report.timeless, report.timing is None, not report.place, -len(report.people), report.article_id,
            event.mentions[0].sentence_start)


# --- a cluster ---------------------------------------------------------------------------

class _Cluster:
    """The reports of one event so far. A report joins when it contradicts none of them in
    kind, place, time or people and is tied to one of them from another article. What
    that asks of every member is kept summarised (the finest place, the date bounds of each
    firmness, the distinct sets of people, one member of each alike kind), so that joining
    costs about the same for an event of thousands of reports as for one of two."""

    def __init__(self) -> None:
        self.members: list[Report] = []
        self._family: str | None = None
        #: the finest place of the members (every member's place holds it or is it)
        self._finest: str | None = None
        self._chain: tuple[str, ...] = ()
        #: per firmness (and whether of an event of one day), the latest first day and the
        #: earliest last day of its members
        self._bounds: dict[str, tuple[dt.date, dt.date]] = {}
        #: the distinct sets of people of its members, each with what its members are
        #: (of an event of one day; the event names they give; a summit's days; a visit's stay, its
        #: own days and place, so a report shares a visitor with that member, not with the cluster's
        #: days and place other members told: visit_hosts.py): _many_guests
        self._people_sets: dict[frozenset, set[tuple[bool, frozenset, tuple | None, Stay | None, tuple]]] = {}
        #: one member of each kind of alike members, with the articles of that kind
        self._alike: dict[tuple, tuple[Report, set[str]]] = {}
        self._by_article: dict[str, list[Report]] = {}
        #: the known event names its members give, and the people they name
        self._names: set[str] = set()
        self._people: set[str] = set()
        #: whether a member is of one session of the event, or of the whole over its days
        self._session = self._whole = False
        #: whether its members report a meeting of officials (Report.officials); None while empty
        self._officials: bool | None = None
        #: whether its members report a three-way meeting (Report.three_way); None while empty
        self._three_way: bool | None = None
        #: whether its members report a summit's sitting with its guests (Report.outreach); None while empty
        self._outreach: bool | None = None
        #: the distinct sideline roles of its members (a meeting of two, a summit: event_sidelines.py)
        self._sidelines: set[tuple] = set()
        #: the distinct sets of bodies' summits its members name (summit_bodies_apart.py)
        self._bodies: set[frozenset] = set()
        #: of a visit, the distinct people its members name with the places they tell
        self._visit_people: set[tuple[frozenset, tuple[str, ...]]] = set()
        #: the earliest day a member dated to days starts on, and the kinds its members were first reported as
        self.first_day: dt.date | None = None
        self._kinds: set[str] = set()
        #: the kinds of ceremony its members' words name (extract/ceremony_kinds.py)
        self._ceremonies: frozenset[str] = frozenset()
        #: the latest day a member that is a plan of a day to come was told (plans_told_late.py)
        self._plan_told: dt.date | None = None
        #: the days its members of a meeting or a call tell, each with whether that member names anyone
        self._told_days: set[tuple[dt.date, bool]] = set()

    def add(self, report: Report) -> None:
        self.members.append(report)
        self._family = report.family
        if report.place and (self._finest is None or self._finest in report.chain or (
                not report.place_assumed and report.place not in self._chain)):  # (over a place line's)
            self._finest, self._chain = report.place, report.chain
        if report.timing is not None:
            kind = (report.timing, report.one_day)
            latest_first, earliest_last = self._bounds.get(kind, (report.first, report.last))
            self._bounds[kind] = (max(latest_first, report.first), min(earliest_last, report.last))
        if report.people:
            self._people_sets.setdefault(report.people, set()).add(
                (report.one_day, report.names, summit_days(report), stay(report), body_summit_told(report)))
        self._alike.setdefault(report.likeness, (report, set()))[1].add(report.article_id)
        self._by_article.setdefault(report.article_id, []).append(report)
        self._names.update(report.names)
        self._people.update(report.people)
        self._session |= report.session
        self._whole |= report.whole
        self._officials = report.officials
        self._three_way = report.three_way
        self._outreach = report.outreach
        if report.sideline:
            self._sidelines.add(report.sideline)
        if bodies := body_summits(report):
            self._bodies.add(bodies)
        if report.family in ONE_AT_A_TIME and report.people:
            self._visit_people.add((report.people, places_told(report)))
        if report.by_day and report.timing in (FIRM, LOOSE) and (self.first_day is None or report.first < self.first_day):
            self.first_day = report.first
        self._kinds.add(report.event.mentions[0].event_type)
        self._ceremonies |= report.event.ceremonies
        if (told := plan_told_for_later(report)) is not None and (self._plan_told is None or told > self._plan_told):
            self._plan_told = told
        if (day := told_day(report)) is not None:
            self._told_days.add((day, bool(report.people)))

    def contradicts(self, report: Report, common: Commonness = NO_COMMONNESS) -> bool:
        """Whether the report contradicts any member."""
        if self._family is not None and (report.family != self._family or report.officials != self._officials
                                         or report.three_way != self._three_way
                                         or report.outreach != self._outreach):
            # (another kind, the ministers' meeting beside the leaders' talks, a three-way one, a summit's
            # sitting with its guests beside the summit)
            return True
        if any(roles_apart(report.sideline, role) for role in self._sidelines):
            return True  # (the talks of two on a summit's sidelines, and the summit)
        if self._bodies and any(other_bodies(body_summits(report), bodies) for bodies in self._bodies):
            return True  # (the BRICS summit and the APEC summit three days later)
        if any(named_days_apart(report, member) for member in self.members):
            return True  # (the BRICS summit of the 17th, and a gathering its chair held on the 10th)
        if report.place and self._finest and report.place not in self._chain and self._finest not in report.chain \
                and not line_place_yields(report, self.members):
            return True  # (a place line's city against the city the text states: line_places.py)
        if ceremonies_apart(report.event.ceremonies, self._ceremonies):
            return True  # (the morning's welcome with a guard of honour, and the evening's state banquet)
        if (report.session and self._whole) or (report.whole and self._session):
            return True  # (a forum's plenary session is a part of it, not the forum of 15-18 June)
        if report.timing is not None:
            for (timing, one_day), (latest_first, earliest_last) in self._bounds.items():
                allowed = days_apart_allowed(report.timing, timing, report.one_day and one_day)
                if report.first - earliest_last > allowed or latest_first - report.last > allowed:
                    return True
        if begun_before_its_plan(self.first_day, plan_told_for_later(report)) or (
                report.by_day and report.timing in (FIRM, LOOSE) and begun_before_its_plan(report.first, self._plan_told)):
            return True  # (a page's plan of a day to come, and an event begun days before that page)
        if (day := told_day(report)) is not None and any(
                unnamed_on_another_day(day, bool(report.people), other, named) for other, named in self._told_days):
            return True  # (the officials preparing the premiers' talks on Monday, and the talks on Thursday)
        if report.family in ONE_AT_A_TIME and report.people and any(
                visitors_apart(report.people, places_told(report), people, places)
                for people, places in self._visit_people):
            return True  # (two leaders' state visits to one capital on the same days)
        if report.people and any(not (_many_guests(report, one_day, names, common, people)
                                      or one_summit(report, days, names, common)
                                      or some_of_its_guests(report, people, told)
                                      or guests_a_third_names(report, people, told, self._people_sets)
                                      or share_a_visitor(report.people, stay(report), people, their_stay)
                                      or self._one_sitting(report, people))
                                 for people, kinds in self._people_sets.items()
                                 if _people_disagree(report.people, people)
                                 for one_day, names, days, their_stay, told in kinds):
            return True
        return any(_apart_in_article(member, report) for member in self._by_article.get(report.article_id, ()))

    def _one_sitting(self, report: Report, people: frozenset) -> bool:
        """A report of a session (a forum's plenary) beside members reporting one, the people of one
        all among the other's: each names those it is about ("Putin and Li spoke at the plenary" and
        the five on its stage), as the guests of an event of many do; its day and place are checked
        as every report's are. Talks of two beside a meeting of five stay apart: sessions only."""
        return report.session and self._session and (report.people <= people or people <= report.people)

    @property
    def of_session(self) -> bool:
        """Its members report one session of a larger event ("the plenary session of the forum")."""
        return self._session

    def of_kind(self, kind: str) -> bool:
        """Whether a member was first reported as this kind of event."""
        return kind in self._kinds

    def holds_alike(self, report: Report) -> bool:
        return report.likeness in self._alike

    def shares_name(self, report: Report, common: Commonness) -> bool:
        """Whether a member gives a known event name the report gives (not a common one)."""
        return bool((report.names & self._names) - common.names)

    def shares_someone(self, report: Report, common: Commonness) -> bool:
        """Whether a member names a person the report names who is not common."""
        return bool(report.people & self._people - common.ids)

    def score(self, report: Report, common: Commonness) -> float:
        """How strongly the report is tied to a member of another article (0: it does not join)."""
        if self.contradicts(report, common):
            return 0.0
        return max((tie_score(member, report, common) for member, articles in self._alike.values()
                    if articles != {report.article_id}), default=0.0)

    def of_the_day_only(self, report: Report, common: Commonness) -> bool:
        """Whether the report is tied to this cluster only as a summit of the same day
        (summits_of_the_day.py)."""
        return not any(tie_score(member, report, common, of_the_day=False) for member, articles in self._alike.values()
                       if articles != {report.article_id})


def _apart_in_article(member: Report, report: Report) -> bool:
    """Two reports of one article that the article itself tells apart: "their last meeting"
    and this one, meetings of other people, or talks of two and a summit (whose reports a third
    article's may tie). (Where the article saw other places, the corpus may see a city and a hall in it.)"""
    return member.event.earlier != report.event.earlier or (
        bool(member.people and report.people) and member.people.isdisjoint(report.people)) or (
        member.one_day and report.one_day and len(member.people & report.people) >= 2
        and _on_other_days(member.event.date, report.event.date)) or roles_told_apart(member.sideline, report.sideline) or (
        # (the treaty and the joint statement its article told signed at one meeting; another article's
        # report of either may join either: a page that tells one meeting's papers as one is not wrong)
        documents_apart(member.event.documents, report.event.documents))


def _on_other_days(a, b) -> bool:
    """Two dates of single days, not the same: the article told the informal talks of two
    leaders on Monday and their formal talks on Tuesday apart (extract/event_compatibility.compatible),
    so another article's report may join one of them, not both. (One person named on each side,
    "talks with the visitor yesterday" and "his meetings today", may be talks of other people.)"""
    return (a is not None and b is not None and a.precision == b.precision == "day"
            and a.first == a.last and b.first == b.last and a.first != b.first)


def _many_guests(report: Report, member_one_day: bool, member_names: frozenset, common: Commonness,
                 member_people: frozenset = frozenset()) -> bool:
    """A report and a member of an event of many guests that both name alike (the Games'
    opening ceremony, a forum, a parade): each names the guests it is about, so the people
    they name need not agree. A meeting or a call is its people (two meetings on a forum's
    sidelines stay two), and so is a summit, but for a placed summit of a body the reports
    share a guest of (a BRICS summit and the next day's summit of BRICS with other guests are two)."""
    if report.one_day or member_one_day:
        return False
    # (a summit named by its body and placed, "the BRICS summit in Kazan", is of many guests
    # too when the reports share a guest: reports told around two leaders' talks at it name
    # those two. Unplaced, by video, or naming other guests, a body's summit and its session
    # with guests the next day may share a name.)
    many = report.family in MANY_GUESTS or (report.sideline is not None and report.sideline[0] == "summit"
                                            and report.place is not None and bool(report.people & member_people))
    return report.family in ONE_A_DAY_AT_A_PLACE or (many and bool((report.names & member_names) - common.names))


def _people_disagree(a: frozenset, b: frozenset) -> bool:
    """Two reports naming people name a group and someone not in it, or each names a group
    of two or more and they share too few of them (Modi and Putin meeting is not Putin and
    Xi meeting). Two reports naming one person each may name two of those who met."""
    shared = len(a & b)
    if len(a) >= 2 and len(b) >= 2:
        return shared / len(a | b) < MIN_PEOPLE_SHARED
    return not shared and (len(a) >= 2 or len(b) >= 2)

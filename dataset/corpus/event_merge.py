"""Merge the reports of one real event across articles into one Event.

Events merge when they are of a compatible kind, share participants, and agree on place
and (within a month) on time (extract/event_mentions.py: ``compatible``). Disagreements
are kept: every mention stays available for the claims table.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import combinations

from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_mentions import (
    MAX_DATE_GAP,
    MIN_PEOPLE_SHARED,
    TYPE_PRIORITY,
    ArticleEvent,
    compatible,
    date_rank,
)
from ruchina.knowledge.base import slugify


@dataclass
class Event:
    event_id: str
    event_type: str
    label: str
    start_date: dt.date | None
    end_date: dt.date | None
    date_precision: str
    location_id: str | None
    participant_ids: list[str]
    status: str
    article_ids: list[str]
    evidence: str
    article_events: list[ArticleEvent] = field(default_factory=list)
    #: the id from its date, kind and place, before _disambiguate_ids told it apart from
    #: the corpus's other events with the same
    base_id: str = ""



# --- across articles ----------------------------------------------------------------


def merge_across_articles(article_events: list[ArticleEvent], names: dict[str, str],
                          colliding: Callable[[set[str]], list[Event]] | None = None) -> list[Event]:
    """One Event per real-world event; ``names`` maps entity ids to names for labels.
    When these reports are part of a larger corpus (`validate --changed`), ``colliding``
    gives, for the base ids of their events, the corpus's other events with those ids:
    ids are told apart across the whole corpus."""
    clusters: list[_Cluster] = []
    # Clusters by what can tie a report to them (a place, a person), so each report is
    # compared with the few clusters it could join, not with all of them.
    index: dict[tuple, list[int]] = {}
    # Dated, well-described reports first, so vaguer ones join the event they fit best.
    ordered = sorted(article_events, key=_merge_order)
    for event in ordered:
        candidates = sorted({number for key in _lookup_keys(event) for number in index.get(key, ())})
        chosen = next((number for number in candidates if clusters[number].admits(event)), None)
        if chosen is None:
            chosen = len(clusters)
            clusters.append(_Cluster())
        cluster = clusters[chosen]
        cluster.add(event)
        for key in _index_keys(event) + cluster.take_new_keys_at_place():
            numbers = index.get(key)
            if numbers is None:
                index[key] = [chosen]
            elif numbers[-1] != chosen:
                numbers.append(chosen)
    events = [_summarise(cluster.members, names) for cluster in clusters]
    _disambiguate_ids(events + (colliding({event.base_id for event in events}) if colliding else []))
    return sorted(events, key=lambda e: e.event_id)


def _merge_order(event: ArticleEvent) -> tuple:
    return event.date is None, not event.location_id, -len(event.participants), event.article_id, event.mentions[0].sentence_start


def _filed_ties(event: ArticleEvent) -> list[str]:
    """What can tie a report to a cluster: its place, its people; with neither, its article.
    People ties of a report with a place are filed apart ("@placed"): a report with a
    place joins only a cluster at that place or at none, so among people it looks only at
    reports without a place (a cluster at its place it finds by the place)."""
    placed = "@placed" if event.location_id else ""
    ties = [f"at:{event.location_id}"] if event.location_id else []
    ties += [f"with:{p}{placed}" for p in sorted(event.participants)]
    return ties or [f"article:{event.article_id}"]


def _sought_ties(event: ArticleEvent) -> list[str]:
    """Where a report looks for clusters it could join (see _filed_ties)."""
    if event.location_id:
        return [f"at:{event.location_id}"] + [f"with:{p}" for p in sorted(event.participants)]
    ties = [f"with:{p}{placed}" for p in sorted(event.participants) for placed in ("", "@placed")]
    return ties or [f"article:{event.article_id}"]


def _months(date: ResolvedDate) -> range:
    return range(date.first.year * 12 + date.first.month, date.last.year * 12 + date.last.month + 1)


def _index_keys(event: ArticleEvent) -> list[tuple]:
    """Where a cluster is found again: by tie and month when dated (reports more than a
    month apart never merge), by tie under "undated" otherwise, and by place or article
    under "any" (where undated reports look)."""
    keys = []
    for tie in _filed_ties(event):
        if not tie.startswith("with:"):  # only these are sought "any" time
            keys.append((event.family, tie, "any"))
        if event.date:
            keys += [(event.family, tie, month) for month in _months(event.date)]
        else:
            keys.append((event.family, tie, "undated"))
    return keys


def _query_keys(event: ArticleEvent) -> list[tuple]:
    keys = []
    for tie in _sought_ties(event):
        if event.date:
            months = _months(event.date)
            keys += [(event.family, tie, m) for m in range(months.start - 1, months.stop + 1)]
            keys.append((event.family, tie, "undated"))
        elif tie.startswith(("at:", "article:")):
            # An undated report joins another article's event only at a named place.
            keys.append((event.family, tie, "any"))
    return keys


def _lookup_keys(event: ArticleEvent) -> list[tuple]:
    """_query_keys as the merge looks them up. A report that names people looks at its
    place (any time, or by month) only at the clusters there with a member it could be
    compatible with in people (_who_sought): _Cluster.admits rejects the others, and
    _Cluster.take_new_keys_at_place files the clusters by who their members name (_who_filed)."""
    keys = _query_keys(event)
    if not (event.location_id and event.participants):
        return keys
    at_place = f"at:{event.location_id}"
    by_person = [key for key in keys if key[1] == at_place and key[2] != "undated"]
    who = _who_sought(event)
    return [key for key in keys if key not in by_person] + [(*key, person) for key in by_person for person in who]


def _who_filed(event: ArticleEvent) -> set:
    """Who a member files its cluster under at the cluster's place: each person it names;
    with one person, that person as "few"; with more, each pair of them; naming no one, None."""
    people = sorted(event.participants)
    if not people:
        return {None}
    if len(people) == 1:
        return {people[0], ("few", people[0])}
    return {*people, *(("pair", *pair) for pair in combinations(people, 2))}


def _who_sought(event: ArticleEvent) -> list:
    """Where a report naming people looks among _who_filed's keys: a report naming one
    person is compatible with members naming it (or no one); one naming two or more,
    with members sharing two of them (MIN_PEOPLE_SHARED), naming only one of them, or no one."""
    people = sorted(event.participants)
    if len(people) == 1:
        return [people[0], None]
    return [*(("pair", *pair) for pair in combinations(people, 2)), *(("few", person) for person in people), None]


def merge_keys(event: ArticleEvent) -> tuple[set[tuple], set[tuple]]:
    """(where the merge files this report, where it looks for others): two reports can be
    merged only if one's second set meets the other's first (the corpus index relates
    articles by this; the merge itself looks more narrowly, see _lookup_keys)."""
    return set(_index_keys(event)), set(_query_keys(event))


class _Cluster:
    """The reports of one event so far. A report joins when it is tied to at least one
    of them and contradicts none in kind, place or (beyond a month) time. What that asks
    of every member is kept summarised, so joining costs the same for an event with
    thousands of reports as for one with two."""

    def __init__(self) -> None:
        self.members: list[ArticleEvent] = []
        #: members alike for _compatible, one representative each, with their articles
        self._alike: dict[tuple, tuple[ArticleEvent, set[str]]] = {}
        self._family: str | None = None
        self._location_id: str | None = None
        #: the latest start and the earliest end of the members' dates
        self._latest_first: dt.date | None = None
        self._earliest_last: dt.date | None = None
        #: everyone the members name, whether a member names no one, and the fewest any names
        self._people: set[str] = set()
        self._someone_unnamed = False
        self._fewest_people: int | None = None
        #: who its members file it under at its place (_who_filed), for _lookup_keys
        self._who: set = set()
        #: when its members at its place are (by month, and "any"), for _lookup_keys
        self._times_at_place: set = set()
        #: keys under which _lookup_keys finds it since the last take
        self._new_keys_at_place: list[tuple] = []

    def add(self, event: ArticleEvent) -> None:
        new_who = _who_filed(event) - self._who
        self._who |= new_who
        new_times = []
        if event.location_id:
            times = ["any", *(_months(event.date) if event.date else ())]
            new_times = [time for time in times if time not in self._times_at_place]
            self._times_at_place.update(new_times)
        self.members.append(event)
        self._alike.setdefault(event.likeness, (event, set()))[1].add(event.article_id)
        self._family = self._family or event.family
        self._location_id = self._location_id or event.location_id
        self._people |= event.participants
        self._someone_unnamed = self._someone_unnamed or not event.participants
        named = len(event.participants)
        self._fewest_people = named if self._fewest_people is None else min(self._fewest_people, named)
        if event.date:
            self._latest_first = max(filter(None, (self._latest_first, event.date.first)))
            self._earliest_last = min(filter(None, (self._earliest_last, event.date.last)))
        if self._location_id and (new_times or new_who):
            # A new time at the place, with everyone; someone new, at every time.
            at_place = (self._family, f"at:{self._location_id}")
            self._new_keys_at_place += [(*at_place, time, who) for time in new_times for who in self._who]
            self._new_keys_at_place += [(*at_place, time, who) for time in self._times_at_place.difference(new_times)
                                        for who in new_who]

    def take_new_keys_at_place(self) -> list[tuple]:
        keys, self._new_keys_at_place = self._new_keys_at_place, []
        return keys

    def admits(self, event: ArticleEvent) -> bool:
        if event.family != self._family:
            return False
        if self._location_id and event.location_id and event.location_id != self._location_id:
            return False
        if event.date and self._latest_first is not None and (
                self._latest_first - event.date.last > MAX_DATE_GAP or event.date.first - self._earliest_last > MAX_DATE_GAP):
            return False
        if event.participants and not self._someone_unnamed and self._people.isdisjoint(event.participants):
            return False  # every member names other people: none is compatible
        if len(event.participants) >= 2 and self._fewest_people >= 2 and _most_people_shared(
                event.participants, self._people, self._fewest_people) < MIN_PEOPLE_SHARED:
            return False  # every member names too many other people: none is compatible
        return any(
            (articles != {event.article_id} and compatible(member, event, same_article=False))
            or (event.article_id in articles and compatible(member, event, same_article=True))
            for member, articles in self._alike.values()
        )


def _most_people_shared(people: set[str], named: set[str], fewest: int) -> float:
    """The highest share of people (MIN_PEOPLE_SHARED) that ``people`` can have
    with any member of a cluster naming ``named`` in all, each member naming at least
    ``fewest``: a member shares at most the people the cluster names, and names at least
    as many as it shares, and at least ``fewest``."""
    shared = len(people & named)
    return shared / (len(people) + max(shared, fewest) - shared)


def _summarise(cluster: list[ArticleEvent], names: dict[str, str]) -> Event:
    mentions = [m for e in cluster for m in e.mentions]
    event_type = _most_common([m.event_type for m in mentions], TYPE_PRIORITY.__getitem__)
    location = _most_common([e.location_id for e in cluster if e.location_id], lambda location: location)
    participant_ids = sorted({p for e in cluster for p in e.participants})
    date = _consensus_date(cluster)
    status = "occurred" if any(m.status == "occurred" for m in mentions) else "planned"
    article_ids = sorted({e.article_id for e in cluster})
    position = {article_id: number for number, article_id in enumerate(article_ids)}
    evidence = max(mentions, key=lambda m: (bool(m.date), bool(m.location_id), len(m.participant_ids),
                                            -position[m.article_id], -m.sentence_start)).sentence
    label = _label(event_type, [names.get(p, p) for p in participant_ids], names.get(location) if location else None,
                   _named_event(cluster, event_type))
    start = date.first if date else None
    event_id = "-".join(
        [start.isoformat() if start else "undated", event_type.replace("_", "-"), slugify(names.get(location, "")) if location else "somewhere"]
    )
    return Event(
        event_id=event_id,
        event_type=event_type,
        label=label,
        start_date=start,
        end_date=date.last if date else None,
        date_precision=date.precision if date else "unknown",
        location_id=location,
        participant_ids=participant_ids,
        status=status,
        article_ids=article_ids,
        evidence=evidence,
        article_events=cluster,
        base_id=event_id,
    )


def _most_common(values: list, tie_break):
    """The value most often in ``values`` (None if empty); among as frequent ones, the
    least by ``tie_break``. (Most events have one kind and one place: no count.)"""
    if len(set(values)) <= 1:
        return values[0] if values else None
    counts = Counter(values)
    return min(counts, key=lambda value: (-counts[value], tie_break(value)))


def _consensus_date(cluster: list[ArticleEvent]) -> ResolvedDate | None:
    """The date most articles give; on a tie, the one reported earliest (nearest the
    event), then the most precise."""
    votes: dict[tuple, list[ArticleEvent]] = {}
    for event in cluster:
        if event.date:
            votes.setdefault((event.date.first, event.date.last), []).append(event)
    if not votes:
        return None

    def rank(key):
        supporters = votes[key]
        earliest = min((e.published or dt.date.max) for e in supporters)
        return (-len(supporters), earliest, date_rank(supporters[0].date))

    best = min(votes, key=rank)
    return votes[best][0].date


def _named_event(cluster: list[ArticleEvent], event_type: str) -> str | None:
    """The name of the event when the reports use one ("the Belt and Road Forum")."""
    counts = Counter(
        name
        for event in cluster
        for name in event.event_names
        if name.split()[-1].lower().startswith(event_type.split("_")[-1][:5])
    )
    return min(counts, key=lambda n: (-counts[n], n)) if counts else None


def _label(event_type: str, participants: list[str], location: str | None, named: str | None = None) -> str:
    if named:
        return f"{named} in {location}" if location and location not in named else named
    kind = event_type.replace("_", " ").capitalize()
    who = ""
    if participants:
        who = " of " + (participants[0] if len(participants) == 1 else ", ".join(participants[:-1]) + " and " + participants[-1])
    where = f" in {location}" if location else ""
    return f"{kind}{who}{where}"


def _disambiguate_ids(events: list[Event]) -> None:
    counts = Counter(e.event_id for e in events)
    for event in events:
        if counts[event.event_id] > 1:
            people = "-".join(slugify(p) for p in event.participant_ids[:2]) or slugify(event.evidence[:40])
            event.event_id = f"{event.event_id}-{people}"
    seen: Counter = Counter()
    for event in sorted(events, key=lambda e: (e.event_id, e.article_ids, e.evidence)):
        seen[event.event_id] += 1
        if seen[event.event_id] > 1:
            event.event_id = f"{event.event_id}-{seen[event.event_id]}"

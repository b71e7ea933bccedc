"""The rows of the events table from the merged reports: one Event per cluster of reports,
its kind, place, dates, label and id.

Ids are short and readable: ``<first day or undated>-<kind>-<place>`` (or the surnames of
two participants when no report places it: ``2021-12-15-call-putin-xi``); events that
would share one id are told apart by their participants' surnames, then by a counter.

The larger event each is part of (``part_of``) is event_parts.py's.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ruchina.corpus.event_parts import link_parts, place_sideline_talks_by_their_summit, place_visits_by_their_parts
from ruchina.corpus.event_reports import place_chain
from ruchina.corpus.event_sessions import link_sessions_to_named_gatherings
from ruchina.corpus.line_places import stated_places
from ruchina.corpus.meeting_days import one_day_inside
from ruchina.corpus.participant_spellings import one_spelling_each
from ruchina.corpus.signings_at_talks import link_signings_to_their_talks
from ruchina.corpus.summit_of_two_rows import summit_of_many, summit_of_two_as_meeting
from ruchina.corpus.summit_sideline_people import give_summits_their_talks_people
from ruchina.corpus.visit_last_days import end_visits_with_their_parts
from ruchina.corpus.visit_legs import fold_state_visit_legs, fold_visits_told_as_one
from ruchina.corpus.visit_parts_elsewhere import link_parts_to_visits_elsewhere
from ruchina.corpus.visit_spans import place_visits_spanning_cities
from ruchina.corpus.visit_talks_hosts import give_visits_their_talks_hosts
from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_compatibility import date_rank, status_of
from ruchina.extract.event_mentions import PUBLISHED, TYPE_PRIORITY, ArticleEvent
from ruchina.extract.event_report import ONE_DAY_TYPES
from ruchina.knowledge.base import entity_catalog, slugify


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
    #: the event_id of the larger event it is part of
    part_of: str | None = None


def events_of_clusters(clusters: list[list[ArticleEvent]], names: dict[str, str],
                       colliding: Callable[[set[str]], list[Event]] | None = None) -> list[Event]:
    """The events of clusters of reports, ids told apart (across ``colliding`` too, see
    merge_across_articles), each linked to the larger event it is part of; sorted by id."""
    events = [_summarise(cluster, names) for cluster in clusters]
    _disambiguate_ids(events + (colliding({event.base_id for event in events}) if colliding else []))
    link_parts(events)
    link_sessions_to_named_gatherings(events)  # (a session whose gathering other articles report)
    link_parts_to_visits_elsewhere(events)  # (talks whose visit other articles report)
    place_visits_by_their_parts(events)
    place_visits_spanning_cities(events)  # (after the parts: a visit of several cities is the country's)
    fold_state_visit_legs(events)  # (one state visit's rows begun in two of the country's cities)
    fold_visits_told_as_one(events)  # (a plain visit's too, where one article reports both rows)
    # (a visit now placed in the country holds its visitor's talks in another city of it, which its
    # first place, the city it began in, did not: "arrived in Guangzhou", talks in Beijing next day)
    link_parts(events)
    link_signings_to_their_talks(events)  # (after every larger whole: a signing at talks held in nothing)
    end_visits_with_their_parts(events)  # (a visit dated by its arrival lasts until its last part)
    place_sideline_talks_by_their_summit(events)
    give_summits_their_talks_people(events)
    give_visits_their_talks_hosts(events)  # (the host leaders its talks, told elsewhere, are with)
    return sorted(events, key=lambda e: e.event_id)


def _summarise(cluster: list[ArticleEvent], names: dict[str, str]) -> Event:
    mentions = [m for e in cluster for m in e.mentions]
    event_type = _most_common([m.event_type for m in mentions], lambda t: TYPE_PRIORITY.get(t, len(TYPE_PRIORITY)))
    # ("an informal summit" here, "two days of informal talks" there: two leaders' meeting)
    event_type = summit_of_many(cluster, summit_of_two_as_meeting(cluster, event_type))
    location = _trip_place(cluster) or _place([e.location_id for e in stated_places(cluster)
                                               if e.location_id and not _later_stop(e, cluster)])
    participant_ids = one_spelling_each(sorted({p for e in cluster for p in e.participants}), names,
                                        lambda p: entity_catalog().get(p) is not None,
                                        {m.sentence for m in mentions})
    date = _consensus_date(cluster)
    status = "occurred" if any(m.status == "occurred" for m in mentions) else "planned"
    article_ids = sorted({e.article_id for e in cluster})
    position = {article_id: number for number, article_id in enumerate(article_ids)}
    evidence = max(mentions, key=lambda m: (bool(m.date), bool(m.location_id), len(m.participant_ids),
                                            -position[m.article_id], -m.sentence_start)).sentence
    label = _label(event_type, [names.get(p, p) for p in participant_ids], names.get(location) if location else None,
                   _named_event(cluster, event_type))
    start, end = date if date else (None, None)
    where = slugify(names.get(location, "")) if location else "-".join(surnames(participant_ids)[:2]) or "somewhere"
    event_id = "-".join([start.isoformat() if start else "undated", event_type.replace("_", "-"), where])
    return Event(
        event_id=event_id,
        event_type=event_type,
        label=label,
        start_date=start,
        end_date=end,
        date_precision=_precision(cluster, date),
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


def _place(places: list[str]) -> str | None:
    """The finest place the reports give (they hold one another: the merge saw to it): the
    Great Hall of the People over Beijing over China, however many reports say only China
    (an announcement names the country, the report of the day the city); among as fine
    ones, the one most reports give."""
    if not places:
        return None
    counts = Counter(places)
    return min(counts, key=lambda place: (-len(place_chain(place)), -counts[place], place))


def _later_stop(report: ArticleEvent, cluster: list[ArticleEvent]) -> bool:
    """A report of a visit's later day at a place inside the visit's ("will fly on to Qingdao on
    Saturday" of a state visit to China from Friday to Sunday): a stop of the trip, not where the
    trip is. (An arrival on its first day is where it begins: the finer place, _place, decides.)"""
    if report.family != "visit" or not (report.date and report.date.precision == "day"):
        return False
    inside = place_chain(report.location_id)[1:]
    return any(whole is not report and whole.family == "visit" and whole.location_id in inside
               and whole.date and whole.date.precision == "day"
               and whole.date.first < report.date.first and report.date.last <= whole.date.last
               for whole in cluster)


def _trip_place(cluster: list[ArticleEvent]) -> str | None:
    """The place of a visit that one report tells whole as an itinerary over several places
    (event_itineraries.py): its days hold every other report's, over more days than any of them,
    and its place holds theirs (a trip from Tianjin to Beijing, in China, over the arrival in
    Tianjin). A city named for one of its days is where that day was, not where the trip was;
    None where no report tells the trip so (a state visit "in Russia from Tuesday to Thursday" and
    the arrival in Moscow: the finer place, _place, decides)."""
    dated = [e for e in cluster if e.date and e.date.precision == "day" and e.location_id]
    whole = [e for e in dated if e.family == "visit" and e.date.last > e.date.first
             and any(m.itinerary for m in e.mentions)]
    for trip in whole:
        chain = set(place_chain(trip.location_id))
        if all(e is trip or (trip.date.first <= e.date.first and e.date.last <= trip.date.last
                             and (e.date.last - e.date.first < trip.date.last - trip.date.first
                                  or _told_whole_too(e, trip)))
               for e in dated) and all(trip.location_id in place_chain(e.location_id) or e.location_id in chain
                                       for e in cluster if e.location_id):
            return trip.location_id
    return None


def _told_whole_too(report: ArticleEvent, trip: ArticleEvent) -> bool:
    """A report of the trip's very days, while the trip's own report names a later stop of it ("a
    four-day visit" arriving in Beijing here, "is to go on to Shanghai" there: visit_onward_cities.py):
    the trip's place holds it all the same (the caller sees that its place lies inside the trip's)."""
    return (report.date.first, report.date.last) == (trip.date.first, trip.date.last) \
        and any(stop for m in trip.mentions for stop in m.itinerary)


def _firm(date: ResolvedDate) -> bool:
    return date.precision == "day" and date.kind == "explicit"


def _consensus_date(cluster: list[ArticleEvent]) -> tuple[dt.date, dt.date] | None:
    """The days of the event. Explicit days first: the range of one of them that holds all
    the others (the 15-18 June of a forum reported on its 17th), else, when they lie within
    a few days of each other, from the first to the last (a summit's two days); otherwise
    the date that lies within all the others (the day within the month); otherwise the
    date most articles give, of those reporting it held if any do; on a tie, the one reported earliest (nearest the event),
    then the most precise."""
    firm = [e.date for e in cluster if e.date and _firm(e.date)]
    if firm:
        first, last = min(d.first for d in firm), max(d.last for d in firm)
        if (any(d.first == first and d.last == last for d in firm) or (last - first).days <= 3) and not _held_by_days(
                cluster, first, last) and not one_day_inside(cluster, first, last):
            return first, last
    votes: dict[tuple, list[ArticleEvent]] = {}
    for event in cluster:
        if event.date:
            votes.setdefault((event.date.first, event.date.last), []).append(event)
    if not votes:
        return None
    votes = _days_inside_ranges_dropped(votes, cluster)
    # Dates that nest say one thing at different grains ("next February", "on 4 February"):
    # the date that lies within every other, if one does.
    # (Days against days are no grains: "a two-day visit" and a report of its first day
    # agree, and the votes decide.)
    # (A meeting or a call lasts a day: a report's range of days, the summit's it was held at, holds it.)
    finest = (max(key[0] for key in votes), min(key[1] for key in votes))
    one_day = all(m.event_type in ONE_DAY_TYPES for event in cluster for m in event.mentions)
    if finest in votes and (one_day or not all(e.date.precision == "day" for supporters in votes.values()
                                               for e in supporters)):
        return finest
    # Else what happened over what was announced: the date reports of the event held give
    # (plans move, and an announcement's date may be the day it was made).
    held = {key: [e for e in supporters if status_of(e) == "occurred"] for key, supporters in votes.items()}
    if any(held.values()):
        votes = {key: supporters for key, supporters in held.items() if supporters}

    def rank(key):
        supporters = votes[key]
        earliest = min((e.published or dt.date.max) for e in supporters)
        return (-len(supporters), earliest, date_rank(supporters[0].date))

    return min(votes, key=rank)


def _held_by_days(cluster: list[ArticleEvent], first: dt.date, last: dt.date) -> bool:
    """Whether an event of several days has a report stating a wider range of days that holds the
    explicit ones ("31 August", of the arrival for "the two-day summit, which began on Sunday"):
    the votes decide between them, not the explicit days alone."""
    return not all(m.event_type in ONE_DAY_TYPES for event in cluster for m in event.mentions) and any(
        e.date and e.date.precision == "day" and e.date.kind != PUBLISHED and e.date.first <= first
        and last <= e.date.last and (e.date.first, e.date.last) != (first, last) for e in cluster)


def _days_inside_ranges_dropped(votes: dict[tuple, list[ArticleEvent]],
                                cluster: list[ArticleEvent]) -> dict[tuple, list[ArticleEvent]]:
    """Of an event of several days (a visit, a summit, a forum), a report dated to one day
    inside another report's range of days tells one of its days (the day's news, dated by its
    article; "on the second day of the visit"), not a finer grain of them: the range ("the
    two-day visit, Thursday and Friday") gives the event's days. Not of a meeting or a call,
    which last a day."""
    if all(m.event_type in ONE_DAY_TYPES for event in cluster for m in event.mentions):
        return votes
    ranges = [key for key, supporters in votes.items()
              if key[1] > key[0] and any(e.date.precision == "day" and e.date.kind != PUBLISHED for e in supporters)]
    kept = {key: supporters for key, supporters in votes.items()
            if not (key[0] == key[1] and all(e.date.precision == "day" for e in supporters)
                    and any(first <= key[0] and key[1] <= last for first, last in ranges))}
    return kept or votes


def _precision(cluster: list[ArticleEvent], days: tuple[dt.date, dt.date] | None) -> str:
    if days is None:
        return "unknown"
    giving = [e.date for e in cluster if e.date and (e.date.first, e.date.last) == days]
    if giving:
        return min(giving, key=date_rank).precision
    return "day"  # a range made of explicit days


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


# --- ids ---------------------------------------------------------------------------------

def surname(entity_id: str) -> str:
    """A person's short name for ids, from the id alone (so that every build agrees): the
    knowledge base's one-word alias or short form (Putin, Xi), else the last word of the name
    (a discovered entity's id is the slug of its name)."""
    known = entity_catalog().get(entity_id)
    if known is None:
        return slugify(entity_id).rsplit("-", 1)[-1]
    short = sorted((a for a in (*known.short_forms, *known.aliases) if " " not in a), key=lambda a: (len(a), a))
    return slugify(short[0] if short else known.name.split()[-1])


def surnames(participant_ids: list[str]) -> list[str]:
    """Participants' short names, the knowledge base's people first, each once."""
    catalog = entity_catalog()
    ordered = sorted(participant_ids, key=lambda p: (catalog.get(p) is None, surname(p)))
    return list(dict.fromkeys(surname(p) for p in ordered))


def _disambiguate_ids(events: list[Event]) -> None:
    """Events sharing an id get their participants' surnames (those the id does not already
    name), then a counter."""
    counts = Counter(e.event_id for e in events)
    for event in events:
        if counts[event.event_id] > 1:
            named = set(event.event_id.split("-"))
            people = [name for name in surnames(event.participant_ids) if name not in named][:2]
            if people:
                event.event_id = "-".join([event.event_id, *people])
    seen: Counter = Counter()
    for event in sorted(events, key=lambda e: (e.event_id, e.article_ids, e.evidence)):
        seen[event.event_id] += 1
        if seen[event.event_id] > 1:
            event.event_id = f"{event.event_id}-{seen[event.event_id]}"

"""``part_of``: the talks inside a state visit, the statement signed at a summit. An event is
part of a larger one (a visit holds meetings, never the parade its guest watches; a summit holds
meetings, and a forum meetings and visits) when an article reports both, its days lie within the
larger event's, its place is in the larger event's place, and one names no one the other
does not (the visitor's trip and his talks with the host; a summit and a meeting on its
sidelines). A parade holds nothing (its guests' talks are their visits'), a forum or visit
that names no one holds nothing, and a visit dated by its arrival day alone holds its visitor's
talks there in the next days; a visit holds its visitor's talks in the visited country on its days
with others than the host (the host's premier, a third leader in town). A summit or forum of fewer days inside a longer gathering at its
place is a session of it (a plenary day, a business forum at a summit), unless each names its own
body's summit; talks there are the whole gathering's. Parts then place a visit or talks that only a country placed, and
wholes place the parts no report places.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from ruchina.corpus.event_reports import is_specific_place, place_chain
from ruchina.corpus.summit_bodies_apart import other_bodies, row_body_summits
from ruchina.extract.event_visits import ARRIVAL_REACH, EVENTS_OF_MANY
from ruchina.knowledge.base import entity_catalog, office_countries
from ruchina.knowledge.office_terms import countries_served

if TYPE_CHECKING:  # (event_rows.py links the parts of the events it makes)
    from ruchina.corpus.event_rows import Event

#: How large an event is: an event is part of a larger one only. A parade is a visit's size:
#: the leaders a national parade invites come on visits of their own around it, and no
#: guest's visit holds the parade (nor does the parade hold the visits).
VISIT_TYPES = frozenset({"visit", "state_visit"})
#: Events of many guests, whose guests meet others on their sidelines: such a meeting at its
#: place (both placed) on its days, of one of its guests, is part of it, whoever the other is.
SIDELINES_OF = frozenset({"summit"})
SCALE = {"summit": 3, "forum": 3, "state_visit": 2, "visit": 2, "parade": 2, "meeting": 1, "agreement": 1, "other": 1}
#: Events that hold no parts though they are larger than talks: a parade is watched from a
#: stand; the talks its guests hold that day are held in the visits that brought them there
#: (or in none the article tells), never in the parade.
HOLDS_NOTHING = frozenset({"parade"})


def link_parts(events: list[Event]) -> None:
    """Set each event's ``part_of``: of the larger events reported by one of its articles that
    hold it (its days, its place, its people), the shortest. A larger event known only to
    the year holds nothing, and an undated event is in none (what it is in is not known). An
    event already linked keeps its whole (event_rows links again once visits span a country)."""
    by_article: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if SCALE.get(event.event_type, 0) >= 2 and event.start_date and event.date_precision != "year" \
                and event.event_type not in HOLDS_NOTHING:
            for article_id in event.article_ids:
                by_article[article_id].append(event)
    for event in events:
        scale = SCALE.get(event.event_type, 0)
        if not scale or event.part_of or event.start_date is None \
                or all(report.earlier for report in event.article_events):
            continue
        holders = {id(larger): larger for article_id in event.article_ids for larger in by_article.get(article_id, ())
                   if (SCALE[larger.event_type] > scale and (_holds(larger, event) or _held_after_arrival(larger, event)
                                                              or _visitor_s_other_talks(larger, event))
                       and not _guests_trip(larger, event))
                   or _trip_within_visit(larger, event) or _session_of_gathering(larger, event)}
        if holders:
            # (talks on a forum's day are the forum's, not of the plenary session told that day: a
            # session holds nothing that the gathering it is a session of holds too)
            if event.event_type not in GATHERINGS:
                holders = {key: e for key, e in holders.items()
                           if not any(_session_of_gathering(other, e) for other in holders.values())}
            # (talks at a summit or forum are the gathering's, not of a guest's trip to it that it holds too)
            # (a visit that outlasts the gathering is a trip of its own that the gathering is a stop of:
            # "Li's visit to Russia, Wednesday to Saturday, begins at the forum in Vladivostok": his
            # talks with the president there are the visit's)
            gatherings = [e for e in holders.values() if e.event_type in EVENTS_OF_MANY]
            # (the visitor's talks with his host, at a summit's place on its days, are the state visit's:
            # "X, on a state visit, and host Y held their first summit, as the APEC meeting closed")
            hosts_talks = {key: e for key, e in holders.items() if _state_visit_talks(e, event)}
            if gatherings and hosts_talks:
                holders = hosts_talks
            elif event.event_type not in VISIT_TYPES and gatherings:
                holders = {key: e for key, e in holders.items()
                           if e.event_type not in VISIT_TYPES or _outlasts(e, gatherings)} or holders
            # (a forum told beside a summit that holds the same talks is the summit's side event, or the
            # summit itself told by another word ("on the sidelines of the forum"): leaders' talks
            # there are the summit's)
            if any(e.event_type in SIDELINES_OF for e in holders.values()):
                holders = {key: e for key, e in holders.items() if e.event_type != "forum"}
            larger = min(holders.values(), key=lambda e: (e.end_date - e.start_date, SCALE[e.event_type], e.event_id))
            event.part_of = larger.event_id


#: Gatherings of many: one of them may be a session of another (a forum's plenary session, a
#: summit's outreach day with invited guests, a business forum held at a summit).
GATHERINGS = frozenset({"summit", "forum"})


def _session_of_gathering(larger: Event, event: Event) -> bool:
    """ "On the second day of the forum the president spoke at its plenary session": a summit
    or forum dated to fewer days than another gathering that holds it (its days, its place,
    its people as _holds reads them) is a session of it. Both must be dated to the day (a
    gathering "in June" is no span), and the shorter strictly shorter: two gatherings of the
    same days are the same one told twice, or two summits back to back, never one inside the other."""
    if not (larger.event_type in GATHERINGS and event.event_type in GATHERINGS and larger.end_date
            and event.end_date and larger.date_precision == event.date_precision == "day"):
        return False
    if not strictly_shorter(event, larger):
        return False
    # (the BRICS summit held in the SCO summit's city on its last day is another body's summit,
    # not a session of it: each names its own body)
    if other_bodies(row_body_summits(larger.article_events), row_body_summits(event.article_events)):
        return False
    return _holds(larger, event)


def _outlasts(visit: Event, gatherings: list[Event]) -> bool:
    """Whether a visit dated to the day goes on after every gathering that holds the same talks ends:
    the gathering is a stop of the trip, not what the trip was for."""
    return visit.date_precision == "day" and bool(visit.end_date) and all(
        g.end_date and g.date_precision == "day" and visit.end_date > g.end_date for g in gatherings)


def visit_holds(visit: Event, event: Event) -> bool:
    """Whether a visit holds talks, a signing or a ceremony by its days, place and people (as
    link_parts reads them within an article): visit_parts_elsewhere.py asks it across articles."""
    return visit.event_type in VISIT_TYPES and event.event_type in HELD_THERE and (
        _holds(visit, event) or _visitor_s_other_talks(visit, event))


def _guests_trip(larger: Event, event: Event) -> bool:
    """A visit beside a summit: a guest's trip to it (or a state visit to its host before or
    after it), which the summit does not hold: the leaders' talks on its sidelines are its
    parts, the trips that bring them there are their own (a forum's programme of visits is not)."""
    return larger.event_type in SIDELINES_OF and event.event_type in VISIT_TYPES


def inside(larger: Event, event: Event) -> bool:
    """Whether ``event``'s days are within ``larger``'s and neither names a place the other's is
    not in or around."""
    if not (larger.start_date <= event.start_date and event.end_date <= larger.end_date):
        return False
    return not (larger.location_id and event.location_id and larger.location_id not in place_chain(event.location_id)
                and event.location_id not in place_chain(larger.location_id))


def strictly_shorter(event: Event, larger: Event) -> bool:
    """Whether ``event`` lasts fewer days than ``larger``: two gatherings of the same days are one told
    twice, or two back to back, never one a session of the other."""
    return event.end_date - event.start_date < larger.end_date - larger.start_date


def _holds(larger: Event, event: Event) -> bool:
    if not inside(larger, event):
        return False
    # The visitor's trip and the talks with the host; a summit and a meeting on its sidelines.
    people, larger_people = set(event.participant_ids), set(larger.participant_ids)
    if larger.event_type in SIDELINES_OF and larger.location_id and event.location_id and people & larger_people:
        return True  # (a guest's talks at the summit's place with one the article does not list at it)
    if larger.event_type in SIDELINES_OF and larger.location_id and event.location_id and any(
            m.outreach for e in event.article_events for m in e.mentions):
        return True  # (its sitting with its guests, who are none of its members: extract/outreach_sessions.py)
    if not larger_people and larger.event_type not in SIDELINES_OF:
        # (a forum or visit that names no one says nothing of who is at it: "the forum opened", told
        # on a day of talks in its city, is no frame of those talks; a summit's sidelines are)
        return False
    return people <= larger_people or larger_people <= people


def _held_after_arrival(visit: Event, event: Event) -> bool:
    """ "Hu arrived in Moscow on Monday for a state visit. On Tuesday he held talks with Putin
    in the Kremlin": a visit the article dates by one day only (its arrival, no report giving
    its length) holds its visitor's talks, signings and ceremonies at its place in the next
    days (ARRIVAL_REACH): the visitor is still there on the same trip. Only where the visit is
    placed and the part is in its place (or told with none), the visitor among the part's people
    (not another leader's talks in that city that week), and not another visit (a trip of its own)."""
    if not (visit.event_type in VISIT_TYPES and event.event_type in HELD_THERE
            and visit.date_precision == event.date_precision == "day" and visit.end_date == visit.start_date
            and event.end_date and visit.location_id):
        return False
    if not (visit.start_date < event.start_date and event.end_date <= visit.start_date + ARRIVAL_REACH):
        return False
    if event.location_id and visit.location_id not in place_chain(event.location_id):
        return False  # (talks no report places are where the visitor is)
    visitors = set(visit.participant_ids)
    return bool(visitors) and visitors <= set(event.participant_ids)


def _visitor_s_other_talks(visit: Event, event: Event) -> bool:
    """ "On the second day of his state visit Xi met the Russian prime minister"; "in Beijing for
    the parade, Putin also held talks with Kim": the visitor's talks, signings and ceremonies in
    the visited country on the visit's days are the visit's, whoever else is at them (the host's
    premier, a third leader in town). The visitor is the one of the visit's people whose office
    (the knowledge base's role) is of another country than the one the visit is placed in: a
    leader's trip inside his own country has no visitor, and the host's talks with another guest
    that week hold no visitor of this visit, so they are not its; nor are talks placed elsewhere (talks
    no report places, "X and Y will each receive him on the 10th", are held where the visitor is)."""
    if not (visit.event_type in VISIT_TYPES and event.event_type in HELD_THERE and visit.location_id
            and visit.end_date and event.end_date
            and visit.date_precision == event.date_precision == "day"):
        return False
    if not (visit.start_date <= event.start_date and event.end_date <= visit.end_date):
        return False
    if event.location_id and visit.location_id not in place_chain(event.location_id):
        return False  # (talks no report places, "will each receive him on the 10th", are where the visitor is)
    visitors = visitors_of(visit)
    return bool(visitors) and visitors <= set(event.participant_ids)


def _state_visit_talks(visit: Event, event: Event) -> bool:
    """Whether ``event`` is two leaders' talks that a state visit's visitor holds with its host."""
    if visit.event_type != "state_visit" or event.event_type != "meeting":
        return False
    people, visitors = set(event.participant_ids), visitors_of(visit)
    return len(people) == 2 and people <= set(visit.participant_ids) and bool(people & visitors) \
        and bool(people - visitors)


def visitors_of(visit: Event) -> set[str]:
    """The people of a visit whose office is another country's than the visit's place's."""
    chain = set(place_chain(visit.location_id))
    catalog = entity_catalog()
    visitors, unknown = set(), False
    for person in visit.participant_ids:
        if catalog.get(person) is None:
            # (a name found only in the text, the analyst or spokesman a page quotes whom a report of
            # the visit picked up, tells nothing of who came; the known people of the visit still do)
            unknown = True
            continue
        # (a leader of the past has no `role` today: the offices offices.yaml gives him at any time
        # say whose he was, Li Peng China's on his visit to Moscow in 1996)
        countries = office_countries({person}) or set(countries_served(person))
        country = catalog.by_name.get(countries.pop()) if len(countries) == 1 else None
        if country is None:
            return set()  # (an office the knowledge base does not give: no telling who came)
        if country.entity_id not in chain:
            visitors.add(person)
    # (with only the unknown left as its visitors, no telling who came)
    return visitors if visitors or not unknown else set()


def _trip_within_visit(larger: Event, event: Event) -> bool:
    """ "The second day of his state visit to China took him from Beijing to Harbin": a visit
    of fewer days inside a longer visit of the same visitor, to a place in the same country
    (the longer one is placed where it began), is a part of it. Visits of the same days or the
    same place, or to another country (a tour's next stop), are not."""
    if not (larger.event_type in VISIT_TYPES and event.event_type in VISIT_TYPES and larger.end_date
            and event.end_date and larger.location_id and event.location_id
            and larger.date_precision == event.date_precision == "day"):  # (not "a visit in May")
        return False
    if not (larger.start_date <= event.start_date and event.end_date <= larger.end_date
            and event.end_date - event.start_date < larger.end_date - larger.start_date):
        return False
    if event.location_id == larger.location_id or not (
            set(place_chain(larger.location_id)) & set(place_chain(event.location_id))):
        return False  # (the same place on the same days is the visit itself, told again)
    people, larger_people = set(event.participant_ids), set(larger.participant_ids)
    return bool(people) and people <= larger_people


def place_visits_by_their_parts(events: list[Event]) -> None:
    """A visit placed only in a country ("arrived in China") whose parts are all held in one
    city of it (the talks in Beijing, the ceremony at the Great Hall) took place in that city.
    Its id keeps the place it was named by (ids are made before parts are known)."""
    parts: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if event.part_of:
            parts[event.part_of].append(event)
    for visit in events:
        held = parts.get(visit.event_id)
        if not held or visit.event_type not in VISIT_TYPES or not visit.location_id \
                or is_specific_place(visit.location_id) or any(part.location_id is None for part in held):
            continue
        cities = set.intersection(*({place for place in place_chain(part.location_id)
                                     if is_specific_place(place) and visit.location_id in place_chain(place)}
                                    for part in held))
        # (not where a report of the visit itself names another city of it: a trip from Tianjin to Beijing)
        cities = {city for city in cities if all(not is_specific_place(own) or city in place_chain(own)
                                                  for e in visit.article_events if (own := e.location_id))}
        # (nor where a report tells the visitor going on to another city of it: "to go on to Shanghai")
        stops = {stop for e in visit.article_events for m in e.mentions for stop in m.itinerary}
        cities = {city for city in cities if all(city in place_chain(stop) for stop in stops)}
        if cities:
            visit.location_id = min(cities, key=lambda city: (len(place_chain(city)), city))


def place_sideline_talks_by_their_summit(events: list[Event]) -> None:
    """Talks placed only in a country ("on the sidelines of the summit in Kazakhstan"), part of
    a summit held in a city of it, took place in that city. (Ids keep the place they were
    named by.)"""
    by_id = {event.event_id: event for event in events}
    for event in events:
        summit = by_id.get(event.part_of) if event.part_of else None
        if summit is None or summit.event_type not in SIDELINES_OF or not (event.location_id and summit.location_id):
            continue
        if event.location_id != summit.location_id and event.location_id in place_chain(summit.location_id):
            event.location_id = summit.location_id


#: the types of parts that take their whole's city: held in person, on one of its days
HELD_THERE = frozenset({"meeting", "agreement", "other"})


def place_parts_by_their_whole(events: list[Event]) -> None:
    """A part no report places (talks told as "the two leaders spent four hours together on
    Monday evening"), of a visit or a gathering held in a city, took place in that city: the
    visit's talks are where the visitor is. A call has no place; a part one report places
    elsewhere keeps that place. Ids keep the place they were named by."""
    by_id = {event.event_id: event for event in events}
    for event in events:
        whole = by_id.get(event.part_of) if event.part_of else None
        if (whole is None or event.location_id is not None or event.event_type not in HELD_THERE
                or whole.location_id is None or not is_specific_place(whole.location_id)):
            continue
        event.location_id = whole.location_id

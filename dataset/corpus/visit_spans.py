"""A visit that spans several cities of a country is placed in the country (benchmarks/gold/README.md:
the place of a visit is the city only where the reports confine it to one). A state visit "to South
Africa" whose talks were held in Pretoria and whose visitor went on to the summit in Durban on its
days took place in South Africa, not in Pretoria, though its parts (the talks) are all in Pretoria
and event_parts.py placed it there.

What tells the span, across all the corpus's rows: another event (not a visit: a side trip to
another city is a stop of the trip, placed by its own row) held by every visitor of the visit, on
the visit's days (for a visit dated by its arrival day alone, in the next few days), in another city
of the same country (a city: an event its reports place only in the country is in no other city);
and, for a visit dated by its arrival day alone (whose later days no report gives), a report of the
visit itself that names that country ("arrived in Japan"). Such a visit
that no report places in a country (a trip of a leader inside his own country, "visited
Murmansk") keeps its city, and an event of the visitor's in a city of another country (the
summit he flew in from, the next stop of a tour) is no city of this visit.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from typing import TYPE_CHECKING

from ruchina.corpus.event_parts import VISIT_TYPES, visitors_of
from ruchina.corpus.event_reports import is_specific_place
from ruchina.extract.event_itineraries import holding_place
from ruchina.extract.event_visits import ARRIVAL_REACH

if TYPE_CHECKING:  # (event_rows.py places the visits of the rows it makes)
    from ruchina.corpus.event_rows import Event


def place_visits_spanning_cities(events: list[Event]) -> None:
    """Place each visit whose people are told elsewhere in its country on its days in that country."""
    visits = {event.event_id for event in events if event.event_type in VISIT_TYPES}
    # (the corpus's other events held on one day somewhere, by their day: a visit looks only at its own
    # few days, so the cost stays linear in the corpus, not visits times events)
    by_day = defaultdict(list)
    for event in events:
        if event.event_type not in VISIT_TYPES and event.location_id is not None and event.start_date is not None \
                and event.date_precision == "day":
            by_day[event.start_date].append(event)
    stops_of = defaultdict(list)
    for event in events:
        if event.event_type in VISIT_TYPES and event.part_of in visits:
            stops_of[event.part_of].append(event)
    for visit in events:
        if (visit.event_type not in VISIT_TYPES or not visit.location_id or not visit.participant_ids
                or visit.start_date is None or visit.date_precision != "day" or visit.part_of in visits):
            continue  # (a visit part of another is a stop of that trip: its city is where the stop was)
        # (the talks of a side trip told as its own visit, "went on to Harbin", are that stop's, and so is
        # what another report holds in the stop's city on its days, "will open the expo in Harbin")
        elsewhere = [e.location_id for e in _held_elsewhere_during(visit, by_day)
                     if (e.part_of not in visits or e.part_of == visit.event_id)
                     and not any(_held_during_stop(e, stop) for stop in stops_of[visit.event_id])]
        # (a stop in another country on the same trip, the summit the visitor flew in from, is no
        # city of this visit's: it is left out, not a reason to keep the city)
        countries = {holding_place(visit.location_id, [place]) for place in elsewhere}
        countries = {place for place in countries if place is not None and not is_specific_place(place)}
        if len(countries) != 1:
            continue
        country = countries.pop()
        if country == visit.location_id:
            continue
        # (a visit dated by its arrival alone reaches days no report gives it: only one a report
        # tells as the country's, "arrived in Japan", spans its cities so)
        if visit.end_date == visit.start_date and not any(report.location_id == country
                                                          for report in visit.article_events):
            continue
        visit.location_id = country


def _held_elsewhere_during(visit: Event, by_day: dict) -> list[Event]:
    first = visit.start_date
    # (a visit dated by its arrival day alone lasts a few days more: its visitor's talks there)
    last = visit.end_date if visit.end_date and visit.end_date > first else first + ARRIVAL_REACH
    # (its visitors', not its hosts': the premier who hosted him in one city is not at his audience with
    # the president in the capital, and the visit spans both; with no office to tell them, all its people)
    people = visitors_of(visit) or set(visit.participant_ids)
    # (an event placed only in the country, "signed a memorandum in China", is in no other city)
    return [event for day in range((last - first).days + 1) for event in by_day.get(first + timedelta(days=day), ())
            if event.location_id != visit.location_id and is_specific_place(event.location_id)
            and people <= set(event.participant_ids)]


def _held_during_stop(event: Event, stop: Event) -> bool:
    return (event.location_id == stop.location_id and stop.start_date is not None
            and stop.start_date <= event.start_date <= (stop.end_date or stop.start_date))

"""A visit that spans several cities of a country is placed in the country (benchmarks/gold/README.md:
the place of a visit is the city only where the reports confine it to one). A state visit "to South
Africa" whose talks were held in Pretoria and whose visitor went on to the summit in Durban on its
days took place in South Africa, not in Pretoria, though its parts (the talks) are all in Pretoria
and event_parts.py placed it there.

What tells the span, across all the corpus's rows: another event (not a visit: a side trip to
another city is a stop of the trip, placed by its own row) held by every person of the visit, on
the visit's days (for a visit dated by its arrival day alone, in the next few days), in another city
of the same country; and a report of the visit itself that names that country ("arrived in Japan",
"a state visit to Russia"). A visit no report places in a country (a trip of a leader inside his
own country, "visited Murmansk") keeps its city, and an event of the visitor's in a city of
another country (the next stop of a tour) leaves the visit where it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ruchina.corpus.event_parts import ARRIVAL_REACH, VISIT_TYPES
from ruchina.corpus.event_reports import is_specific_place
from ruchina.extract.event_itineraries import holding_place

if TYPE_CHECKING:  # (event_rows.py places the visits of the rows it makes)
    from ruchina.corpus.event_rows import Event


def place_visits_spanning_cities(events: list[Event]) -> None:
    """Place each visit whose people are told elsewhere in its country on its days in that country."""
    for visit in events:
        if (visit.event_type not in VISIT_TYPES or not visit.location_id or not visit.participant_ids
                or visit.start_date is None or visit.date_precision != "day"):
            continue
        elsewhere = [e.location_id for e in events if _held_elsewhere_during(e, visit)]
        if not elsewhere:
            continue
        country = holding_place(visit.location_id, elsewhere)
        if (country is None or country == visit.location_id or is_specific_place(country)
                or not any(report.location_id == country for report in visit.article_events)):
            continue
        visit.location_id = country


def _held_elsewhere_during(event: Event, visit: Event) -> bool:
    first = visit.start_date
    # (a visit dated by its arrival day alone lasts a few days more: its visitor's talks there)
    last = visit.end_date if visit.end_date and visit.end_date > first else first + ARRIVAL_REACH
    return (event is not visit and event.event_type not in VISIT_TYPES and event.location_id is not None
            and event.location_id != visit.location_id and event.start_date is not None
            and event.date_precision == "day" and first <= event.start_date <= last
            and set(visit.participant_ids) <= set(event.participant_ids))

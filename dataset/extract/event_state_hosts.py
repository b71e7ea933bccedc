"""The host of a visit to a country (a state visit or any other): a visit to a country is paid
to its head of state, so a visit to China that the article tells beside its visitor's talks
with Xi is Xi's as well as the visitor's ("во второй день государственного визита в Китай"
with "переговоры с Си Цзиньпином" in another sentence). Left to its visitor alone, the report stands apart from
the reports that name both leaders. Talks of the president with others, or a summit the
visitor attends with the president, host nothing (event_visits.py's rule in one sentence).
"""

from __future__ import annotations

from ruchina.extract.article_people import role_holder
from ruchina.extract.event_visits import EVENTS_OF_MANY, last_day_of
from ruchina.knowledge.base import entity_catalog

#: the office of the head of state a state visit is paid to (the knowledge base's `role`)
HEAD_OF_STATE = "President"


def state_visits_hosted(events: list, mentions: list) -> None:
    """Adds to each visit placed in a country (a state visit: or in a city of it) the country's
    president, when one of the article's reports (``mentions``) tells that president with the
    visit's people at an event of their own (talks, a parade they watch; not a summit's or a forum's many)."""
    catalog = entity_catalog()
    own = [m for m in mentions if m.event_type not in EVENTS_OF_MANY and not m.earlier]
    together = [set(m.participant_ids) for m in own]
    # (a state visit placed in a city takes him from talks told on a day of the visit only: "will
    # hold talks with X" at some time of the stay is no event of its own (benchmarks/gold/README.md),
    # and talks a week later are no part of the visit)
    on_a_day = [m for m in own if m.date is not None and m.date.precision == "day"]
    for visit in events:
        if visit.family != "visit" or not visit.participants or visit.location_id is None:
            continue
        country = _visited_country(catalog, visit.location_id, "state_visit" in visit.types())
        if country is None:
            continue
        host = role_holder(HEAD_OF_STATE, country.name)
        told = together if country.entity_id == visit.location_id else [
            set(m.participant_ids) for m in on_a_day if _on_its_days(m.date, visit.date)]
        if host and host not in visit.participants and any(visit.participants | {host} <= t for t in told):
            visit.add_people([host])


def _visited_country(catalog, place_id: str, state_visit: bool):
    """The country a visit placed there is paid to: the place itself when it is a country, and
    for a state visit the country a city of it lies in too ("Hu arrived in Moscow on a state
    visit": a state visit is paid to the head of state wherever it is held). A visit of another
    kind to a city is the city's (a leg of a tour, a trip to a forum held there): its host is
    whom its own reports name."""
    place = catalog.get(place_id)
    if place is None or place.entity_type != "GPE":
        return None
    if place.located_in is None:
        return place
    # (the outermost place that holds it: Krasnoyarsk is in Siberia, which is in Russia)
    chain = catalog.places_containing(place_id) if state_visit else []
    country = catalog.get(chain[-1]) if chain else None
    return country if country is not None and country.entity_type == "GPE" and country.located_in is None else None


def _on_its_days(date, visit_date) -> bool:
    """Whether talks of this day fall in the visit's days, as event_visits reads them (a visit
    told by its arrival day alone reaches a few days on: event_visits.last_day_of)."""
    if visit_date is None or visit_date.precision != "day":
        return False
    return visit_date.first <= date.first and date.last <= last_day_of(visit_date)

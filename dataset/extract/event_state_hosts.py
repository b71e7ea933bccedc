"""The host of a visit to a country (a state visit or any other): a visit to a country is paid
to its head of state, so a visit to China that the article tells beside its visitor's talks
with Xi is Xi's as well as the visitor's ("во второй день государственного визита в Китай"
with "переговоры с Си Цзиньпином" in another sentence). Left to its visitor alone, the report stands apart from
the reports that name both leaders. Talks of the president with others, or a summit the
visitor attends with the president, host nothing (event_visits.py's rule in one sentence).

The head of state is a republic's president or a monarchy's king (knowledge/offices.yaml,
``heads_of_state``): a state visit to Spain is paid to its king, whom a report of the welcome
ceremony tells with the guest. That report need not name the country's other leaders the visit
already holds (the prime minister of its talks): the host is told with the visitor, not with his hosts.
"""

from __future__ import annotations

from functools import lru_cache

from ruchina.extract.article_people import role_holder
from ruchina.extract.event_visits import EVENTS_OF_MANY, last_day_of
from ruchina.knowledge.base import entity_catalog, read_knowledge_file


@lru_cache(maxsize=None)
def _heads_of_state() -> tuple[str, ...]:
    """The offices of a head of state a state visit is paid to (the knowledge base's `role`)."""
    return tuple(read_knowledge_file("offices").get("heads_of_state") or ("President",))


def head_of_state(country_name: str) -> str | None:
    """The one person the knowledge base gives a head of state's office of this country."""
    # (a country's name may take its article in an office's: "King of the Netherlands")
    holders = {holder for office in _heads_of_state() for name in (country_name, f"the {country_name}")
               if (holder := role_holder(office, name))}
    return holders.pop() if len(holders) == 1 else None


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
        country = visited_country(catalog, visit.location_id, "state_visit" in visit.types())
        if country is None:
            continue
        host = head_of_state(country.name)
        # (and talks told held with no day of their own in the story of a visit told held: "arrived on
        # Tuesday for a state visit ... Xi and President X held talks in the afternoon")
        held = all(m.status == "occurred" for m in visit.mentions)
        told = together if country.entity_id == visit.location_id else [
            set(m.participant_ids) for m in own if (m in on_a_day and _on_its_days(m.date, visit.date))
            or (held and m.date is None and m.status == "occurred")]
        # (the visit's own people, its country's leaders it already holds left aside: "the King and Xi"
        # at the welcome, the prime minister only at the talks)
        visitors = {p for p in visit.participants if not of_country(catalog, p, country.name)}
        if host and host not in visit.participants and visitors and any(visitors | {host} <= t for t in told):
            visit.add_people([host])


def of_country(catalog, person_id: str, country_name: str) -> bool:
    """Whether the knowledge base gives the person an office of this country."""
    known = catalog.get(person_id)
    return known is not None and bool(known.role) and known.role.endswith((f" of {country_name}", f" of the {country_name}"))


def visited_country(catalog, place_id: str, state_visit: bool):
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

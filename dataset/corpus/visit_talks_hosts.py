"""A visit row holds the host leaders its own talks are with.

A visit lists its visitor and the host country's head of state or government who receives him or
holds talks with him (benchmarks/gold/README.md, "Visits: who takes part"); a prime minister's
visit may have two, the premier who hosts him and the president who meets him. One article tells
the arrival with the premier's name, another the audience with the president, a third the talks
with the premier alone: the visit's reports name one host each or none, and the row, one for the
real visit, holds only those its own reports named, while its parts (the talks, part_of it: see
event_parts.py) name the others. So a visit takes in the people of its meetings who lead the
visited country, by an office the knowledge base gives them in the visit's year (offices.yaml's
terms; for one it gives no term, his `role` today): its president, its premier or prime
minister. A minister, a speaker or a governor met on the visit is no host of it (the gold's
convention: Wang Yi is not Lavrov's host), nor a third country's leader met in the visited
country (in town for something else).
"""

from __future__ import annotations

from ruchina.corpus.event_parts import VISIT_TYPES
from ruchina.corpus.event_reports import place_chain
from ruchina.knowledge.base import entity_catalog
from ruchina.knowledge.office_terms import office_terms

#: the offices of a country's leaders that receive a visitor and hold talks with him
LEADERS_OFFICES = ("President of ", "Premier of ", "Prime Minister of ", "Chancellor of ", "Supreme Leader of ")


def give_visits_their_talks_hosts(events) -> None:
    """Adds to each visit placed in a country (or a city of it) the leaders of that country its
    meetings (rows part_of it) name."""
    by_id = {event.event_id: event for event in events}
    for part in events:
        visit = by_id.get(part.part_of) if part.part_of else None
        if visit is None or visit.event_type not in VISIT_TYPES or part.event_type != "meeting" or not visit.location_id:
            continue
        country = _country_name(visit.location_id)
        year = (visit.start_date or part.start_date).year if (visit.start_date or part.start_date) else None
        if country is None or year is None:
            continue
        hosts = [person for person in part.participant_ids
                 if person not in visit.participant_ids and _leads(person, country, year)]
        if hosts and set(visit.participant_ids) & set(part.participant_ids):
            visit.participant_ids = sorted({*visit.participant_ids, *hosts})


def _country_name(place: str) -> str | None:
    known = entity_catalog().get(place_chain(place)[-1])
    return known.name if known is not None and known.located_in is None and known.entity_type == "GPE" else None


def _leads(person: str, country: str, year: int) -> bool:
    """Whether the person held one of the country's leaders' offices in the year: by offices.yaml's
    terms where it gives him any, else by his role today."""
    offices = [f"{prefix}{country}" for prefix in LEADERS_OFFICES]
    terms = {office: terms for office, terms in office_terms().items()}
    his = [(office, first, last) for office, held in terms.items() for holder, first, last in held if holder == person]
    if his:
        return any(office in offices and first <= year and (last is None or year <= last) for office, first, last in his)
    known = entity_catalog().get(person)
    return known is not None and known.role in offices

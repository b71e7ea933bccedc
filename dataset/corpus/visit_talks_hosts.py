"""A visit row holds the host leaders its own talks are with.

A visit lists its visitor and the host country's head of state or government who receives him or
holds talks with him (benchmarks/gold/README.md, "Visits: who takes part"); a prime minister's
visit may have two, the premier who hosts him and the president who meets him. One article tells
the arrival with the premier's name, another the audience with the president, a third the talks
with the premier alone: the visit's reports name one host each or none, and the row, one for the
real visit, holds only those its own reports named, while its parts (the talks, part_of it: see
event_parts.py) name the others. So a visit takes in the people of its meetings who lead the
visited country, by an office the knowledge base gives them in the visit's year (offices.yaml's
terms; for one it gives no term, his `role` today): its president, and its premier or prime
minister where the visitor is no head of state (a president's state visit is the host president's,
though he meets the premier on it too: the gold lists the premier in the talks only). A minister, a speaker or a governor met on the visit is no host of it (the gold's
convention: Wang Yi is not Lavrov's host), nor a third country's leader met in the visited
country (in town for something else).
"""

from __future__ import annotations

from ruchina.corpus.event_parts import VISIT_TYPES
from ruchina.knowledge.base import country_of, entity_catalog
from ruchina.knowledge.office_terms import office_terms

#: the offices of a country's head of state, who receives any visitor (not its "Leader", a party's
#: head: the gold lists Yang Shangkun, not Deng Xiaoping, as Gorbachev's host in 1989)
HEADS_OF_STATE = ("President of ", "Supreme Leader of ")
#: the offices that make a visitor a head of state, whose visit is to the host's head of state alone
VISITING_HEADS = (*HEADS_OF_STATE, "Leader of ")
#: the offices of its head of government, who hosts a visiting head of government (not a head of state's
#: host: a president's state visit is to the president, though he meets the premier too)
HEADS_OF_GOVERNMENT = ("Premier of ", "Prime Minister of ", "Chancellor of ")


def give_visits_their_talks_hosts(events) -> None:
    """Adds to each visit placed in a country (or a city of it) the leaders of that country its
    meetings (rows part_of it) name."""
    by_id = {event.event_id: event for event in events}
    for part in events:
        visit = by_id.get(part.part_of) if part.part_of else None
        if visit is None or visit.event_type not in VISIT_TYPES or part.event_type != "meeting" or not visit.location_id:
            continue
        country = country_of(visit.location_id)
        year = (visit.start_date or part.start_date).year if (visit.start_date or part.start_date) else None
        if country is None or year is None:
            continue
        # (a head of state's visit is to the head of state: the premier he meets is no host of it)
        offices = HEADS_OF_STATE if any(_holds_office(person, None, year, VISITING_HEADS)
                                        for person in visit.participant_ids
                                        if not _holds_office(person, country, year, VISITING_HEADS + HEADS_OF_GOVERNMENT)) \
            else HEADS_OF_STATE + HEADS_OF_GOVERNMENT
        hosts = [person for person in part.participant_ids
                 if person not in visit.participant_ids and _holds_office(person, country, year, offices)]
        if hosts and set(visit.participant_ids) & set(part.participant_ids):
            visit.participant_ids = sorted({*visit.participant_ids, *hosts})


def _holds_office(person: str, country: str | None, year: int, prefixes: tuple[str, ...]) -> bool:
    """Whether the person held one of these offices of the country (of any, with no country) in the year:
    by offices.yaml's terms where it gives him any, else by his role today."""
    def fits(office: str | None) -> bool:
        return office is not None and any(office.startswith(prefix) and (country is None or office == prefix + country)
                                          for prefix in prefixes)
    his = [(office, first, last) for office, held in office_terms().items() for holder, first, last in held
           if holder == person]
    if his:
        return any(fits(office) and first <= year and (last is None or year <= last) for office, first, last in his)
    known = entity_catalog().get(person)
    return known is not None and fits(known.role)

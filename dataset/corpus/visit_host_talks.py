"""Who hosts a visit, from the talks held inside it. A visit lists its visitor and the host
country's leaders who receive him or hold talks with him in it (benchmarks/gold/README.md: a
premier's official visit lists the premier who hosts him and the president who meets him). A page
often tells the visit in one sentence ("arrived in China on Monday for a two-day working visit")
and the leader who meets him in another ("on Tuesday he is to meet the President in Beijing"): the
visit row then names the visitor and the first host only. So the leaders of the visit's country who
hold talks with its visitor in talks that are part of it (event_parts.link_parts: on its days, in
its place) are its people too.

Only talks in person (a meeting, not a call), only those a visitor holds (someone of the visit whose
office is of no visit's country: visit_spans.visitors_of tells the host apart), and only the country's
leaders (today's by the knowledge base's roles, a past one by the offices' terms): its head of state,
and its head of government only for a visiting head of government, his counterpart (the premier a
president's state visit also meets is no host of it: the gold lists the president who receives him);
the foreign minister who holds talks with a visiting minister is his counterpart, no host of a
leader's visit, and is left to the talks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ruchina.corpus.event_parts import VISIT_TYPES
from ruchina.corpus.visit_spans import visit_country_names, visitors_of
from ruchina.knowledge.base import entity_catalog, is_official
from ruchina.knowledge.office_terms import office_terms

if TYPE_CHECKING:  # (event_rows.py gives the visits the hosts of their talks)
    from ruchina.corpus.event_rows import Event

#: the kinds of event inside a visit whose host leaders host the visit: talks in person
HOSTED_BY_TALKS = frozenset({"meeting"})
#: the offices of a country's head of state and of its head of government (roles, offices.yaml)
HEAD_OF_STATE = ("President of ", "Leader of ")
HEAD_OF_GOVERNMENT = ("Premier of ", "Prime Minister of ")


def give_visits_their_talks_hosts(events: list[Event]) -> None:
    """Add to each visit the leaders of its country who hold talks with its visitor inside it."""
    by_id = {event.event_id: event for event in events}
    for talks in events:
        visit = by_id.get(talks.part_of) if talks.part_of else None
        if visit is None or visit.event_type not in VISIT_TYPES or talks.event_type not in HOSTED_BY_TALKS:
            continue
        country = visit_country_names(visit)
        visitors = visitors_of(visit)
        if not country or visitors == set(visit.participant_ids) or not visitors & set(talks.participant_ids):
            continue  # (no host told apart from the visitors, or talks the visitor is not at)
        offices = HEAD_OF_STATE + (HEAD_OF_GOVERNMENT if any(_holds(v, HEAD_OF_GOVERNMENT, None) for v in visitors) else ())
        hosts = [person for person in talks.participant_ids
                 if person not in visit.participant_ids and _holds(person, offices, country)]
        visit.participant_ids = list(visit.participant_ids) + hosts


def _holds(person: str, offices: tuple[str, ...], countries: set[str] | None) -> bool:
    """Whether the person holds (or held) one of ``offices`` of one of ``countries`` (any, None),
    by his role in the knowledge base, else by the offices' terms (a leader of the past)."""
    entity = entity_catalog().get(person)
    if entity is not None and entity.role:
        return (entity.role.startswith(offices) and not is_official(person)
                and (countries is None or entity.office_country in countries))
    return any(office.startswith(offices) and (countries is None or office.split(" of ", 1)[1].removeprefix("the ") in countries)
               and any(pid == person for pid, *_ in terms) for office, terms in office_terms().items())

"""A visiting official's counterpart is no person of the visit: "Wang held talks with his Russian
counterpart Lavrov in Moscow, at the start of a four-day visit to Russia" tells Wang's visit and his
talks with Lavrov (their own event, a part of the visit), but a visit lists its visitor and the host
country's head of state or government who receives him, not the ministers he meets there.

Called by visitor_talks.py on one article's merged events, before the visits' hosts are read from the
talks told beside them (visitor_talks.py, event_visits.py), which look for a visit naming its
visitor alone.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.knowledge.base import country_of, entity_catalog, is_official


def without_host_officials(events: list) -> None:
    """Take off a visit placed in a country (or a place in it) the officials of that country its
    sentences name (the knowledge base's role: "Minister of Foreign Affairs of Russia"), where one
    who holds no office of that country stays: the visitor. (A minister touring his own country's
    provinces is no visitor from abroad: left alone.)"""
    catalog = entity_catalog()
    for visit in events:
        if visit.family != "visit" or visit.location_id is None:
            continue
        country = country_of(visit.location_id)
        if country is None:
            continue
        hosts_officials = {p for p in visit.participants
                           if is_official(p) and (known := catalog.get(p)) is not None and known.office_country == country}
        if not hosts_officials or not any(_not_of(p, country) for p in visit.participants - hosts_officials):
            continue
        for position, mention in enumerate(visit.mentions):
            kept = tuple(p for p in mention.participant_ids if p not in hosts_officials)
            if kept != mention.participant_ids:
                visit.add(replace(mention, participant_ids=kept), position)


def _not_of(person: str, country: str) -> bool:
    """Whether the knowledge base gives the person an office of another country (a visitor)."""
    known = entity_catalog().get(person)
    return known is not None and known.office_country is not None and known.office_country != country

"""The host of a state visit to a country: a state visit is paid to a head of state, so a
state visit to China that the article tells beside its talks with Xi is Xi's as well as the
visitor's ("во второй день государственного визита в Китай" with "переговоры с Си Цзиньпином"
in another sentence). Left to its visitor alone, the report stands apart from the reports
that name both leaders.
"""

from __future__ import annotations

from ruchina.extract.event_roles import role_holder
from ruchina.knowledge.base import entity_catalog

#: the office of the head of state a state visit is paid to (the knowledge base's `role`)
HEAD_OF_STATE = "President"


def state_visits_hosted(events: list, named: set[str]) -> None:
    """Adds to each state visit placed in a country the country's president, when the
    article names that person and the visit's people do not already hold them."""
    catalog = entity_catalog()
    for visit in events:
        if visit.mentions[0].event_type != "state_visit" or not visit.participants or visit.location_id is None:
            continue
        country = catalog.get(visit.location_id)
        if country is None or country.entity_type != "GPE":
            continue
        host = role_holder(HEAD_OF_STATE, country.name)
        if host and host in named and host not in visit.participants:
            visit.add_people([host])

"""The guest and the host of a state visit's ceremonies: the welcome and the state banquet a head of
state gives are for the visitor, whom their sentence often names only as "him", "his guest" or "the
Chinese president" ("King X will welcome him with full military honours", "The King raises a toast
to his guest at the state banquet"), and their host is often the monarch told by his office alone
("the King", "das Königspaar", "los Reyes"). Left so, the ceremony held only its host (or no one)
and stood apart from the reports that name the two.

Only a welcome or a banquet (ceremony_kinds.py) told as part of the article's visit to a country,
on one of its days where it is dated, takes its visitors, and only where its people hold that
country's head of state: a ceremony a governor or a mayor hosts is no state visit's, and one recalled
from an earlier visit is no report. The bare office of a monarch (knowledge ``monarch_words``, each
language's) in the ceremony's sentence is the visited country's head of state where he is a king or
a queen (knowledge/offices.yaml ``monarchs``): in a republic the word names no one of the visit.
"""

from __future__ import annotations

from functools import lru_cache

from ruchina.extract.event_state_hosts import head_of_state, of_country, visited_country
from ruchina.extract.event_visits import last_day_of
from ruchina.extract.event_words import listed_words
from ruchina.knowledge.base import entity_catalog, read_knowledge_file

#: the ceremony kinds held for a visit's guest by his host (not a wreath, laid by the guest alone)
_HOSTED_KINDS = frozenset({"welcome", "banquet"})


def ceremonies_of_visits(events: list, language: str) -> None:
    """Gives each welcome or banquet of the article's visit to a country its host, the country's head
    of state told by his office, and its guests, the visit's visitors, where it holds that host."""
    catalog = entity_catalog()
    monarch_words = listed_words(language, "monarch_words")
    for visit in events:
        if visit.family != "visit" or visit.earlier or visit.location_id is None:
            continue
        country = visited_country(catalog, visit.location_id, "state_visit" in visit.types())
        head = head_of_state(country.name) if country is not None else None
        if head is None:
            continue
        visitors = _visitor(catalog, visit, head, country.name)
        if not visitors:
            continue
        for ceremony in events:
            if not _of_the_visit(ceremony, visit):
                continue
            if head not in ceremony.participants and _monarch(catalog, head) and monarch_words is not None and any(
                    monarch_words.search(m.sentence) for m in ceremony.mentions):
                ceremony.add_people([head])
            if head in ceremony.participants and not ceremony.participants & set(visitors) \
                    and not _guest_of_its_own(catalog, ceremony, head, country.name):
                ceremony.add_people(visitors)
            if head in ceremony.participants and visitors[0] in ceremony.participants \
                    and head not in visit.participants:
                visit.add_people([head])  # (the visit is paid to the host of its ceremonies)


def _visitor(catalog, visit, head: str, country_name: str) -> list[str]:
    """The visitor: the first person its first report naming any names ("X lands in Y for a state
    visit"), not one of the country's own (the hosts of its talks join the visit after him, and a
    host the knowledge base lacks is no visitor either)."""
    told = next((m.participant_ids for m in visit.mentions if m.participant_ids), ())
    first = told[0] if told else None
    return [first] if first and first != head and not of_country(catalog, first, country_name) else []


def _of_the_visit(ceremony, visit) -> bool:
    """A welcome or a banquet told held or to come on the visit's days (or undated), not recalled."""
    if ceremony.family != "other" or ceremony.earlier or not ceremony.ceremonies & _HOSTED_KINDS:
        return False
    if ceremony.date is None or visit.date is None or visit.date.precision != "day":
        return ceremony.date is None
    return visit.date.first <= ceremony.date.first and ceremony.date.last <= last_day_of(visit.date)


def _guest_of_its_own(catalog, ceremony, head: str, country_name: str) -> bool:
    """Whether the ceremony holds a known leader of another country than its host's, not the visit's:
    a banquet the king gives for another guest ("a state banquet for the Japanese emperor")."""
    return any(p != head and (known := catalog.get(p)) is not None and known.role
               and not of_country(catalog, p, country_name) for p in ceremony.participants)


def _monarch(catalog, person_id: str) -> bool:
    known = catalog.get(person_id)
    return known is not None and bool(known.role) and known.role.split(" of ")[0] in _monarchs()


@lru_cache(maxsize=None)
def _monarchs() -> frozenset[str]:
    return frozenset(read_knowledge_file("offices").get("monarchs") or ())

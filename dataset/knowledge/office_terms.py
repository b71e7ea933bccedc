"""Who held an office in a year, and the office a seat stood for (knowledge/offices.yaml): the
data that lets "the Kremlin chief" or "the Chinese premier" of a page that never names him be
the man in office that year (extract/seat_holders.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.knowledge.base import entity_catalog, read_knowledge_file

#: [holder's entity id or office, first year, last year or None]
Term = tuple[str, int, int | None]


@lru_cache(maxsize=1)
def _terms() -> tuple[dict[str, tuple[Term, ...]], dict[str, tuple[Term, ...]]]:
    data = read_knowledge_file("offices")
    catalog = entity_catalog()
    offices = {office: tuple((catalog.named(name).entity_id, first, last) for name, first, last in terms)
               for office, terms in (data.get("offices") or {}).items()}
    seats = {seat: tuple((office, first, last) for office, first, last in terms)
             for seat, terms in (data.get("seats") or {}).items()}
    return offices, seats


def office_holder(office: str, year: int | None) -> str | None:
    """The one person who held the office all through the year: a year it changed hands (a
    term's first or last) or one no term covers has none."""
    if year is None:
        return None
    holders = {pid for pid, first, last in _terms()[0].get(office, ())
               if first < year and (last is None or year < last)}
    return holders.pop() if len(holders) == 1 else None


def office_holders(office: str) -> frozenset[str]:
    """Everyone the knowledge base gives as holding the office at some time."""
    return frozenset(pid for pid, _, _ in _terms()[0].get(office, ()))


#: the offices of offices.yaml that are a minister's, not a head of state's or government's
_MINISTERS_OFFICE = re.compile(r"^(?:Foreign|Defence) Minister of ")


@lru_cache(maxsize=None)
def served_as_minister_only(person: str) -> bool:
    """Whether the terms give the person a foreign or defence minister's office and no other (Qian
    Qichen, Sushma Swaraj): a minister of past years, whom the knowledge base gives no role of today.
    The terms list no office below a head of government's but these, so a minister who rose higher
    may still show as one only (Primakov, premier in the gap of 1998-1999): read it beside others."""
    offices = [office for office, terms in _terms()[0].items() if any(pid == person for pid, _, _ in terms)]
    return bool(offices) and all(_MINISTERS_OFFICE.match(office) for office in offices)


def seat_offices(seat: str, year: int | None = None) -> tuple[str, ...]:
    """The offices a seat stood for (in that year, both years counted; at any time without one)."""
    return tuple(dict.fromkeys(office for office, first, last in _terms()[1].get(seat, ())
                               if year is None or (first <= year and (last is None or year <= last))))


#: the offices that make their holder his country's leader ("President of Kazakhstan", "Leader of
#: China"), not its premier's or foreign minister's
_HEAD_OFFICES = ("President of ", "Leader of ")


@lru_cache(maxsize=None)
def headed_countries(person: str) -> frozenset[str]:
    """The countries the person led at some time, as the terms give it (Yeltsin: Russia; Jiang
    Zemin: China): the leader a past page's "the presidents of Russia and China" names, whom the
    knowledge base gives no role of today."""
    return frozenset(office.split(" of ", 1)[1].removeprefix("the ")
                     for office, terms in _terms()[0].items() if office.startswith(_HEAD_OFFICES)
                     and any(pid == person for pid, _, _ in terms))


def office_terms() -> dict[str, tuple[Term, ...]]:
    """Every office offices.yaml lists, with its terms (holder's entity id, first year, last year or None)."""
    return _terms()[0]


@lru_cache(maxsize=4096)
def countries_served(person: str) -> frozenset[str]:
    """The countries (their canonical names) of every office offices.yaml gives the person at any time
    ("Leader of the Soviet Union": the Soviet Union), whether or not he holds it today."""
    catalog = entity_catalog()
    countries = set()
    for office, terms in _terms()[0].items():
        if any(holder == person for holder, _, _ in terms) and " of " in office:
            name = office.split(" of ", 1)[1].removeprefix("the ")
            known = catalog.by_name.get(name)
            if known is not None:
                countries.add(known.name)
    return frozenset(countries)

"""A visit lists its visitor and the host country's head of state or government who receives him,
not the ministers he meets there: "X held talks with his counterpart Y in the capital, at the start
of a three-day visit" tells X's visit (extract/visit_counterparts.py). Beside it, a premier who
hosts the visitor stays in the visit, and a minister's trip inside his own country keeps those it
names. Fixtures written for these tests (other ministers, other visits)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog

MONDAY = dt.date(2024, 4, 22)


def visit_people(body: str, title: str = "Dong Jun opens Russia trip") -> set[str]:
    events = extract_article("c1", title, None, body, MONDAY, "en").events
    (visit,) = [e for e in events if e.family == "visit"]
    return {entity_catalog().get(p).name for p in visit.participants}


def test_the_host_countrys_minister_the_visitor_talks_with_is_not_in_the_visit():
    body = ("Chinese Defence Minister Dong Jun held talks with his Russian counterpart Andrei Belousov in Moscow on "
            "Monday, at the start of a three-day visit to Russia.\n\nThe two discussed joint exercises.")
    assert visit_people(body) == {"Dong Jun"}


def test_the_host_countrys_prime_minister_stays_in_the_visit():
    body = ("Chinese Defence Minister Dong Jun held talks with Prime Minister Mikhail Mishustin in Moscow on "
            "Monday, at the start of a three-day visit to Russia.\n\nThe two discussed joint exercises.")
    assert visit_people(body) == {"Dong Jun", "Mikhail Mishustin"}


def test_a_ministers_trip_inside_his_own_country_keeps_those_it_names():
    body = ("Russian Defence Minister Andrei Belousov held talks with Deputy Prime Minister Alexei Overchuk in "
            "Kazan on Monday, at the start of a two-day visit to Russia's Volga region.\n\nThey toured a plant.")
    people = visit_people(body, "Belousov in Kazan")
    assert "Andrei Belousov" in people

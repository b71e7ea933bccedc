"""A visit whose relative clause tells its visitor attending a summit ("la visita de Putin, que asistirá
el domingo y el lunes a la cumbre del G20 en Río") is the trip to that summit, no visit of its own
(extract/trip_destinations.trips_to_summits). Beside it, the look-alike that must stay a visit: one
whose clause tells something else than attending a summit. Fixtures written for these tests (another
summit)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN = "Q7747"


def families(body: str) -> list[str]:
    events = extract_article("trip", "Lula recibe a Lavrov", None, body, dt.date(2024, 11, 13), "es").events
    return sorted(e.family for e in events if PUTIN in e.participants)


def test_a_visit_whose_clause_attends_a_summit_is_the_trip_to_it():
    body = ("El presidente brasileño, Luiz Inácio Lula da Silva, recibió ayer en Brasilia a Serguéi Lavrov. "
            "El encuentro sirve de antesala a la visita de Putin, que asistirá el lunes a la cumbre del G20 en "
            "Río de Janeiro.")
    assert "visit" not in families(body)


def test_a_visit_whose_clause_tells_no_summit_stays():
    body = ("El presidente brasileño, Luiz Inácio Lula da Silva, recibió ayer en Brasilia a Serguéi Lavrov. "
            "El encuentro sirve de antesala a la visita de Putin a Brasil, que comenzará el lunes.")
    assert "visit" in families(body)

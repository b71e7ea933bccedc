"""A list of a leader's counterparts each after his country, the items parted by semicolons ("sus
homólogos de A, X; B, Y, y C, Z firmaron ..."): one clause whose subject is all of them, not a clause
break at each semicolon (EventWords.scope_break); and Sadyr Japarov as Spanish spells him. Fixtures
written for these tests, with other leaders and documents than any page read; beside a semicolon
that does end a clause, whose next person is no party to the act before it."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN, LUKASHENKO, TOKAYEV, JAPAROV = "Q7747", "alexander-lukashenko", "kassym-jomart-tokayev", "sadyr-japarov"
DAY = dt.date(2024, 10, 9)


def agreements(text):
    return [e for e in extract_article("t1", None, None, text, DAY, "es").events if "agreement" in e.types()]


def test_counterparts_listed_by_country_between_semicolons_all_sign():
    found = agreements("El presidente ruso, Vladímir Putin, y sus homólogos de Bielorrusia, Alexandr Lukashenko; "
                       "Kazajistán, Kasim-Yomart Tokáyev, y Kirguistán, Sadir Zhapárov, firmaron el martes en Minsk "
                       "una declaración conjunta.")
    assert len(found) == 1
    assert {PUTIN, LUKASHENKO, TOKAYEV, JAPAROV} <= found[0].participants


def test_a_semicolon_ending_a_clause_keeps_the_next_person_out():
    found = agreements("Vladímir Putin firmó el martes un acuerdo con Alexandr Lukashenko; Kasim-Yomart Tokáyev, en "
                       "cambio, no viajó a Minsk.")
    assert found and all(TOKAYEV not in e.participants for e in found)

"""Semicolons that part a list of countries and their leaders ("de Brasil, Lula; India, Modi;
... y China, Xi") end no clause: the verb after the list is every item's
(extract/list_semicolons.py, event_clauses.clause_start). Beside it, a semicolon between two
clauses, whose people stay apart."""

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.list_semicolons import list_semicolons

TUESDAY = dt.date(2024, 10, 22)


def _signers(body: str, language: str) -> set[str]:
    events = extract_article("x", None, None, body, TUESDAY, language).events
    signings = [e for e in events if "agreement" in e.types()]
    assert len(signings) == 1, [e.types() for e in events]
    return signings[0].participants


def test_a_list_of_leaders_parted_by_semicolons_signs_together():
    body = ("Vladímir Putin y sus homólogos de Brasil, Luiz Inácio Lula da Silva; India, Narendra Modi; "
            "Sudáfrica, Cyril Ramaphosa, y China, Xi Jinping, firmaron el martes una declaración conjunta.")
    signers = _signers(body, "es")
    assert len(signers) == 5, signers


def test_a_semicolon_between_clauses_parts_their_people():
    # (a place and its country, then a list of leaders and their countries: Putin signs nothing)
    body = ("Vladímir Putin habló el martes en Brasilia, Brasil; Narendra Modi, India; Xi Jinping, China; "
            "y Cyril Ramaphosa, Sudáfrica, firmaron una declaración conjunta.")
    signers = _signers(body, "es")
    assert signers and "Q7747" not in signers, signers  # (Q7747: Vladimir Putin)


def test_only_a_chain_of_pairs_closed_by_and_counts():
    listed = "the presidents of Brazil, Ana Lima; Peru, Juan Soto; Chile, Rosa Vera; and Bolivia, Evo Paz, met."
    assert len(list_semicolons(("and",), listed)) == 3
    # (two items only before the last, or an item that is no pair of names: no list)
    assert not list_semicolons(("and",), "in Lima, Peru; Soto, however, left; and Vera, Chile, stayed.")
    assert not list_semicolons(("and",), "the heads of Brazil, Ana Lima; Peru, Juan Soto and Chile, Rosa Vera, met.")

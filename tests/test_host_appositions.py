"""A gathering's host told in an apposition beside his name takes part in the article's summit
(host_appositions.py, the ``host_apposition`` words of knowledge/events_<language>.yaml). Each text
is written for the test; each that must add the host has a look-alike beside it that must not: the
host of another event, one to come, or a host's word that is no apposition."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LULA, RAMAPHOSA, MODI, ERDOGAN = (CATALOG.named(name).entity_id for name in (
    "Luiz Inácio Lula da Silva", "Cyril Ramaphosa", "Narendra Modi", "Recep Tayyip Erdoğan"))
PUBLISHED = dt.date(2023, 8, 24)


def extracted(body: str, language: str):
    return extract_article("host-apposition", None, None, body, PUBLISHED, language)


def summit_people(body: str, language: str) -> set[str]:
    """The people of the summits the body reports held (not one it announces)."""
    return {p for e in extracted(body, language).events if "summit" in e.types() and not e.earlier
            and any(m.status == "occurred" for m in e.mentions) for p in e.participants}


EN_LEAD = "Leaders of the five-nation bloc closed their summit in Johannesburg on Thursday. "


def test_the_host_named_after_his_word_is_one_of_the_summits_people():
    body = EN_LEAD + "The host, President Cyril Ramaphosa, said the summit had been a turning point."
    assert RAMAPHOSA in summit_people(body, "en")


def test_a_host_of_next_years_summit_is_none_of_this_summits_people():
    """The look-alike: the apposition names another summit, one to come."""
    body = EN_LEAD + "Recep Tayyip Erdoğan, host of next year's summit, said Turkey was ready."
    assert ERDOGAN not in summit_people(body, "en")


def test_a_host_of_something_that_is_no_event_is_none_of_the_summits_people():
    body = EN_LEAD + "Recep Tayyip Erdoğan, host of a weekly radio programme, said the bloc was divided."
    assert ERDOGAN not in summit_people(body, "en")


def test_a_host_quoted_where_the_article_reports_no_summit_is_no_ones():
    """The look-alike: no gathering reported before the host's sentence gives him none to join."""
    body = ("Narendra Modi and Cyril Ramaphosa discussed trade by telephone on Thursday. "
            "The host, President Cyril Ramaphosa, said a summit would follow next year.")
    assert RAMAPHOSA not in summit_people(body, "en")


FR_LEAD = "Les dirigeants du bloc ont clos jeudi à Johannesburg leur sommet annuel. "


def test_a_french_host_before_his_name_is_one_of_the_summits_people():
    body = FR_LEAD + "L'hôte, le président Cyril Ramaphosa, a salué un tournant."
    assert RAMAPHOSA in summit_people(body, "fr")


def test_a_french_guest_of_a_person_is_no_host_of_the_summit():
    """The look-alike: "hôte de" a person (his guest), no event word in the apposition."""
    body = FR_LEAD + "Narendra Modi, hôte de Cyril Ramaphosa pour un dîner privé, a salué un tournant."
    assert MODI not in summit_people(body, "fr")


def test_a_spanish_host_before_his_name_is_one_of_the_summits_people():
    body = ("Los líderes del bloque cerraron el jueves en Johannesburgo su cumbre anual. "
            "El anfitrión, Cyril Ramaphosa, habló de un punto de inflexión.")
    assert RAMAPHOSA in summit_people(body, "es")


def test_a_german_host_before_his_name_is_one_of_the_summits_people():
    body = ("Die Staats- und Regierungschefs des Blocks haben am Donnerstag in Johannesburg ihren Gipfel "
            "beendet. Gastgeber Cyril Ramaphosa sprach von einem Wendepunkt.")
    assert RAMAPHOSA in summit_people(body, "de")


def test_a_host_receiving_a_guest_is_his_guests_host_not_the_summits():
    """The look-alike: the host's verb tells his talks with one guest (hosted_guests.py's)."""
    body = EN_LEAD + "The host, Cyril Ramaphosa, received Luiz Inácio Lula da Silva at his residence."
    assert not {RAMAPHOSA, LULA} & summit_people(body, "en")

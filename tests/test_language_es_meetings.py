"""Spanish words of a leaders' meeting as news pages write them: the headline's present ("Lula y
Milei se reúnen en Brasilia"), a leader received by another ("recibió el lunes a su homólogo"),
and a joint declaration adopted ("adoptaron una declaración conjunta"), each beside a look-alike."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2024, 6, 3)
MODI, MACRON = "Q1058", "Q3052772"


def events(title, body):
    return extract_article("a", title, None, body, DAY, "es").events


def test_a_headline_in_the_present_reports_the_meeting():
    (meeting,) = [e for e in events("Macron y Modi se reúnen en París", "Hablaron de comercio.") if e.main]
    assert meeting.types() == {"meeting"} and meeting.participants == {MODI, MACRON}


def test_a_leader_received_and_a_declaration_adopted():
    found = events("Comercio y defensa", "El presidente francés, Emmanuel Macron, recibió el lunes a su homólogo "
                   "indio, Narendra Modi, en París. Al término del encuentro, ambos mandatarios adoptaron una "
                   "declaración conjunta sobre el clima.")
    assert {e.family for e in found} == {"gathering", "agreement"}
    assert all(e.participants == {MODI, MACRON} for e in found)


def test_look_alike_a_letter_received_and_a_law_adopted_are_no_meeting_nor_signing():
    found = events("Comercio y defensa", "El presidente francés, Emmanuel Macron, recibió el lunes una carta de "
                   "Narendra Modi. El parlamento adoptó una ley sobre el clima.")
    assert found == []


def agreement_places(body):
    return [e.location_id for e in events("Cumbre", body) if e.family == "agreement"]


def test_a_country_a_declaration_asks_about_is_not_where_it_was_signed():
    # (the document's relative clause of what it asks for: "que rechaza ... en Libia" is its subject)
    assert agreement_places("Los cinco líderes firmaron el lunes la Declaración de Sanya, que reclama una "
                            "reforma del sistema monetario y rechaza el uso de la fuerza en Libia.") == [None]


def test_a_country_named_before_the_document_is_where_it_was_signed():
    assert agreement_places("Los ministros firmaron el lunes en Libia un acuerdo de cooperación.") == ["libya"]

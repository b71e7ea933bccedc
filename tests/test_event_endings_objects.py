"""A visit told as ended by a verb that takes it as its object, in French and Spanish
(« X a achevé dimanche une visite de trois jours », "X pone fin hoy a una visita de tres días";
knowledge/event_spans.yaml `ended`, extract/event_endings.py): the day given is its last, and
the duration counts back from it. Beside each, a look-alike whose verb begins the visit and
keeps counting on. Fixtures written for these tests."""

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

SUNDAY = dt.date(2021, 10, 17)
FRIDAY, TUESDAY = dt.date(2021, 10, 15), dt.date(2021, 10, 19)


def _visit_days(body: str, language: str):
    events = extract_article("x", None, None, body, SUNDAY, language).events
    visits = [e for e in events if e.family == "visit"]
    assert len(visits) == 1, [e.types() for e in events]
    return visits[0].date.first, visits[0].date.last


@pytest.mark.parametrize("body, language", [
    ("Recep Tayyip Erdogan a achevé dimanche à Izmir une visite de trois jours en Turquie orientale.", "fr"),
    ("Le président turc Recep Tayyip Erdogan met fin dimanche à une visite de trois jours au Japon.", "fr"),
    ("El presidente turco, Recep Tayyip Erdogan, regresa hoy domingo a Ankara y pone fin a una visita de "
     "tres días a Japón.", "es"),
])
def test_a_visit_ended_by_an_object_taking_verb_counts_back(body, language):
    assert _visit_days(body, language) == (FRIDAY, SUNDAY)


@pytest.mark.parametrize("body, language", [
    ("Recep Tayyip Erdogan a entamé dimanche une visite de trois jours au Japon.", "fr"),
    ("El presidente turco, Recep Tayyip Erdogan, inicia hoy domingo una visita de tres días a Japón.", "es"),
])
def test_a_visit_begun_counts_on(body, language):
    assert _visit_days(body, language) == (SUNDAY, TUESDAY)

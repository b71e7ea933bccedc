"""The sender of a message told after its word ("entregó un mensaje de X", « porteur d'une lettre
de X », "überbrachte eine Botschaft von X", "Приветствие X участникам зачитал Y") is no party to the
meeting or the visit the sentence reports (message_senders.py, knowledge/events_<language>.yaml
``message_senders``). Fixtures written for these tests, with other people than any page read; each
beside a look-alike where the same person does take part."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

PUTIN, LAVROV, WANG = "Q7747", "sergei-lavrov", "wang-yi"
DAY = dt.date(2024, 10, 9)


def people(text, language):
    return {p for e in extract_article("t1", None, None, text, DAY, language).events for p in e.participants}


@pytest.mark.parametrize("language, text", [
    ("es", "Serguéi Lavrov llevó a Wang Yi un mensaje de Vladímir Putin en una visita a Pekín."),
    ("fr", "Sergueï Lavrov a apporté à Wang Yi une lettre de Vladimir Poutine lors d'une visite à Pékin."),
    ("de", "Sergej Lawrow hat Wang Yi bei einem Besuch in Peking eine Botschaft von Wladimir Putin überbracht."),
])
def test_the_sender_of_a_message_brought_on_a_visit_is_none_of_its_people(language, text):
    found = people(text, language)
    assert LAVROV in found
    assert PUTIN not in found


@pytest.mark.parametrize("language, text", [
    ("es", "Serguéi Lavrov y Vladímir Putin recibieron a Wang Yi en una visita a Moscú."),
    ("fr", "Sergueï Lavrov et Vladimir Poutine ont reçu Wang Yi lors d'une visite à Moscou."),
])
def test_the_same_person_named_as_a_host_is_one_of_its_people(language, text):
    assert PUTIN in people(text, language)

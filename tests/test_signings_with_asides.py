"""A signing whose verb stands apart from its document: in French behind an aside between commas
(« ont signé lundi à Osaka, au terme de leurs entretiens, un accord »), in Spanish behind a venue
of several words ("firmaron en el Palacio de la Moncloa un acuerdo"): both a signing and, where
told, the talks (knowledge/events_fr.yaml, events_es.yaml). Beside each, the look-alike whose
verb signs no document (a book, a letter). Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

XI, ABE = "Q15031", "Q132345"
MONDAY = dt.date(2019, 7, 1)

SIGNED = {
    "fr": "Xi Jinping et Shinzo Abe ont signé lundi à Osaka, au terme de leurs entretiens, un accord sur la pêche.",
    "es": "Xi Jinping y Shinzo Abe firmaron ayer en el Palacio de la Moncloa un acuerdo de pesca.",
}
NOT_A_DOCUMENT = {
    "fr": "Xi Jinping et Shinzo Abe ont signé lundi à Osaka, au terme de leurs entretiens, le livre d'or de la ville.",
    "es": "Xi Jinping y Shinzo Abe firmaron ayer en el Palacio de la Moncloa el libro de honor.",
}


def _types(language, body):
    events = extract_article("t1", None, None, body, MONDAY, language).events
    return {e.mentions[0].event_type for e in events if {XI, ABE} <= e.participants}


@pytest.mark.parametrize("language", sorted(SIGNED))
def test_a_signing_behind_an_aside_or_a_long_venue(language):
    assert "agreement" in _types(language, SIGNED[language])


@pytest.mark.parametrize("language", sorted(SIGNED))
def test_no_document_no_signing(language):
    assert "agreement" not in _types(language, NOT_A_DOCUMENT[language])


def test_the_talks_in_the_aside_stay_a_report():
    assert {"agreement", "meeting"} <= _types("fr", SIGNED["fr"])

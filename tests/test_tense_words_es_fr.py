"""Tense words of Spanish sentences: a pluperfect with a day ("se habían reunido el 3 de marzo")
tells a past event, and a capitalised name whose ending looks like a verb's future ("Teherán",
"Olerán", French "Chandra", at the head of the sentence too) is no future. The sentences are written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.dates import resolve_dates
from ruchina.extract.extraction import extract_article
from ruchina.extract.tenses import sentence_tense

D = dt.date
PUBLISHED = D(2023, 6, 10)


@pytest.mark.parametrize(
    "language, sentence, tense",
    [
        ("es", "Los cancilleres se habían reunido el 3 de marzo en Ginebra.", "past"),
        ("es", "Los ministros habían firmado el protocolo en la capital de Omán.", "past"),
        # names, not verbs: a capital inside the sentence
        ("es", "La ministra Carmen Olerán llegó ayer a Bogotá.", "past"),
        # look-alikes: a real future keeps its tense, at the start of a sentence too
        ("es", "Los cancilleres se reunirán el 3 de julio en Ginebra.", "future"),
        ("es", "Participarán en la cumbre los jefes de Estado de la región.", "future"),
        ("fr", "Les deux ministres se rencontreront à Dakar.", "future"),
        # a name ending like a French future opening the sentence is none; a verb there, before a
        # lower-case word or a hyphen, is one
        ("fr", "Chandra Kumar et Ana Ruiz se sont rencontrés mardi à Lisbonne.", "past"),
        ("fr", "Participeront à la réunion les ministres de la région.", "future"),
        ("fr", "Recevra-t-il son homologue mardi ?", "future"),
    ],
)
def test_the_tense_a_sentence_gives(language, sentence, tense):
    assert sentence_tense(sentence, language) == tense


def test_a_pluperfect_with_a_day_dates_a_past_event():
    sentence = "Los cancilleres de Chile y Perú se habían reunido el 3 de marzo en Ginebra."
    (date,) = resolve_dates(sentence, PUBLISHED, language="es")
    assert (date.first, date.last) == (D(2023, 3, 3), D(2023, 3, 3)), "the last 3 March, not the next"


def test_a_headline_in_the_present_reports_the_days_meeting():
    body = ("El presidente chileno recibió este viernes a su homólogo peruano en Santiago.\n\n"
            "La reunión duró tres horas, según la cancillería.")
    events = extract_article("es-page", "Boric y Boluarte se reúnen tres horas en Santiago", None, body,
                             D(2023, 6, 9), "es").events
    main = next(e for e in events if e.main)
    assert main.types() == {"meeting"}
    assert (main.date.first, main.date.last) == (D(2023, 6, 9), D(2023, 6, 9))

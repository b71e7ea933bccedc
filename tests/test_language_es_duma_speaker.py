"""The Duma's speaker of 2000 as Spanish spells him ("Guennadi Selezniov"), linked to the knowledge
base's person (knowledge/entities_es.yaml), so that his talks with a Chinese guest have both their
people; a namesake's first name is no link."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities

SELEZNYOV = "gennady-seleznyov"


def test_the_spanish_spelling_names_the_speaker():
    assert SELEZNYOV in {m.entity_id for m in link_entities("El jefe de la Duma, Guennadi Selezniov, viajó a Pekín.",
                                                            True, "es")}


def test_his_talks_have_him_among_their_people():
    text = "El primer ministro indio, Narendra Modi, se reunió el lunes en Moscú con Guennadi Selezniov."
    found = [e for e in extract_article("t1", None, None, text, dt.date(2000, 5, 9), "es").events
             if "meeting" in e.types()]
    assert any(SELEZNYOV in e.participants for e in found)


def test_another_first_name_is_no_link():
    assert SELEZNYOV not in {m.entity_id for m in link_entities("El pintor Ramón Selezniov expone en Madrid.",
                                                                True, "es")}

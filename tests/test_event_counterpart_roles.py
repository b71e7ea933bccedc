"""A country's leader named as "his French counterpart": the person the knowledge base gives that
country's office (its `role`), though the article names him with no office. Text written for the
test, with a look-alike of another nationality that must not be read so."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
MACRON = CATALOG.named("Emmanuel Macron").entity_id
PUBLISHED = dt.date(2024, 3, 11)


def events(body: str, language: str = "fr"):
    return extract_article("t", None, None, body, PUBLISHED, language).event_mentions


def test_a_nationality_s_counterpart_is_the_leader_the_knowledge_base_gives_that_country():
    body = ("Emmanuel Macron est arrivé lundi au Brésil.\n\n"
            "Le président brésilien Lula a reçu mardi son homologue français pour une rencontre au palais.")
    found = events(body)
    assert any(m.event_type == "meeting" and MACRON in m.participant_ids for m in found)


def test_a_counterpart_of_another_nationality_is_not_that_leader():
    body = ("Emmanuel Macron est arrivé lundi au Brésil.\n\n"
            "Le président brésilien Lula a reçu mardi son homologue argentin pour une rencontre au palais.")
    assert not any(MACRON in m.participant_ids for m in events(body) if m.event_type == "meeting")

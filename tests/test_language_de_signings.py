"""German puts the participle at the end of its clause: "haben A und B am Dienstag ein Abkommen
über X unterzeichnet" reports a signing as "unterzeichneten ein Abkommen" does. Texts written
for the test; each has a look-alike that must not be read so."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LULA, ERDOGAN = (CATALOG.named(name).entity_id for name in ("Luiz Inácio Lula da Silva", "Recep Tayyip Erdoğan"))
PUBLISHED = dt.date(2022, 11, 16)


def signings(body: str) -> list[set[str]]:
    found = extract_article("t", None, None, body, PUBLISHED, "de").event_mentions
    return [set(m.participant_ids) for m in found if m.event_type == "agreement"]


def test_a_signing_told_with_its_participle_at_the_clause_end_is_reported():
    body = ("In Ankara haben Brasiliens Präsident Lula und der türkische Präsident Erdogan am Dienstag "
            "ein Abkommen über die gemeinsame Produktion von Flugzeugteilen unterzeichnet.")
    assert signings(body) == [{LULA, ERDOGAN}]


def test_a_document_and_a_participle_in_two_clauses_are_no_signing():
    # (the agreement is named in one clause, what was signed in the next is a letter)
    body = ("Lula sprach in Ankara über das Abkommen mit der Türkei, danach wurde ein Brief an Erdogan "
            "unterzeichnet.")
    assert signings(body) == []

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


def mentions(body: str, event_type: str) -> list[set[str]]:
    found = extract_article("t", None, None, body, PUBLISHED, "de").event_mentions
    return [set(m.participant_ids) for m in found if m.event_type == event_type]


def test_the_pronoun_s_signers_are_both_people_between_the_auxiliary_and_the_participle():
    # ("Das haben A und B ... unterschrieben": the plural auxiliary takes both, however long the
    # second one's title; and "ihren Gesprächen" are the talks of both)
    body = ("Brasilien und die Türkei bauen künftig gemeinsam Flugzeugteile. Das haben Präsident Lula und der "
            "türkische Staatschef Recep Tayyip Erdogan am Dienstag in Ankara nach ihren Gesprächen unterschrieben.")
    assert mentions(body, "agreement") == [{LULA, ERDOGAN}]
    assert mentions(body, "meeting") == [{LULA, ERDOGAN}]


def test_a_pronoun_with_a_singular_auxiliary_signs_only_its_subject():
    # (the look-alike: "Das hat A unterschrieben, als B ...": the one after the singular auxiliary)
    body = ("Brasilien und die Türkei bauen künftig gemeinsam Flugzeugteile. Das hat Präsident Lula am Dienstag "
            "in Ankara unterschrieben, während der türkische Staatschef Recep Tayyip Erdogan in Istanbul war.")
    assert mentions(body, "agreement") == [{LULA}]

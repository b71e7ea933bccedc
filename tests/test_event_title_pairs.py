"""The two people a headline names are the pair its lead's "the leaders" speaks of before the lead
names anyone ("Putin praises Tokayev as Kazakh leader arrives" / "After talks between the
delegations, the leaders signed a statement"). A headline naming one person, or three, gives no
pair. Every text is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, TOKAYEV = (CATALOG.named(name).entity_id for name in ("Vladimir Putin", "Kassym-Jomart Tokayev"))
PUBLISHED = dt.date(2025, 3, 20)
LEAD = "After talks between the two delegations on Thursday, the leaders signed a statement on grain trade."


def lead_people(title: str) -> set[str]:
    extraction = extract_article("title-pairs", title, None, LEAD, PUBLISHED, "en")
    return {p for m in extraction.event_mentions if m.part != "title" for p in m.participant_ids}


def test_the_leaders_of_the_lead_are_the_headlines_two_people():
    assert {PUTIN, TOKAYEV} <= lead_people("Putin praises Tokayev as Kazakh leader arrives")


@pytest.mark.parametrize("title", [
    "Putin praises Kazakh guests as spring arrives",
    "Putin praises Tokayev and Lukashenko as the allies arrive",
])
def test_a_headline_of_one_person_or_three_gives_no_pair(title):
    assert TOKAYEV not in lead_people(title)

"""A plural of people's titles set off by its comma before its members names them all: "signed by the
foreign ministers, A and B" has both signers, however far the second stands from the event word.
Without the plural title, a second name joined by "and" past the reach is no signer (short texts
written for the tests)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LAVROV, WANG = (CATALOG.named(name).entity_id for name in ("Sergei Lavrov", "Wang Yi"))


def signers(body: str) -> set[str]:
    found = extract_article("t", None, None, body, dt.date(2024, 5, 17), "en").event_mentions
    [signing] = [m for m in found if m.event_type == "agreement"]
    return set(signing.participant_ids)


def test_the_members_after_a_plural_title_and_its_comma_all_sign():
    body = ("The visa agreement was signed on Thursday by the foreign ministers, Sergei Lavrov "
            "and Wang Yi, in the Kremlin.")
    assert signers(body) == {LAVROV, WANG}


def test_a_name_joined_by_and_past_the_reach_with_no_plural_title_is_not_a_signer():
    body = ("The visa agreement was signed on Thursday by the Russian minister, Sergei Lavrov and "
            "Wang Yi looked on.")
    assert WANG not in signers(body)

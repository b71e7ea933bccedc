"""A pronoun right after a time phrase that opens the sentence ("On Tuesday he and X held talks", no
comma between) is the talks' subject: the one named before takes part. Every fixture is written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LULA, MODI = (CATALOG.named(name).entity_id for name in ("Luiz Inácio Lula da Silva", "Narendra Modi"))
PUBLISHED = dt.date(2023, 1, 27)  # a Friday


def talks_people(body: str) -> list[set[str]]:
    mentions = extract_article("t", "Lula in India", None, body, PUBLISHED, "en").event_mentions
    return [set(m.participant_ids) for m in mentions if m.event_type == "meeting"]


@pytest.mark.parametrize("opening", ["On Wednesday", "Later that day", "Then"])
def test_a_pronoun_after_an_opening_time_phrase_is_the_talks_subject(opening):
    body = (f"Luiz Inácio Lula da Silva landed in New Delhi on Tuesday. {opening} he and Narendra Modi held "
            "talks on trade.")
    assert talks_people(body) == [{LULA, MODI}]


def test_look_alike_a_pronoun_after_one_named_in_the_opening_is_that_one():
    # ("On Wednesday X said he held talks": he is X, not the one named in the sentence before)
    body = ("Luiz Inácio Lula da Silva landed in New Delhi on Tuesday. On Wednesday Narendra Modi said he held talks "
            "with business leaders.")
    assert all(LULA not in people for people in talks_people(body))

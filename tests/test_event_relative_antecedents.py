"""A relative clause about a person reports that person's event: "Lula, who met Erdogan on
Friday, ..." (Lula met him), "Лукашенко, который провёл переговоры с ..." (Lukashenko held
them). And a meeting one "has no" of is none ("has no formal meeting with him on his
schedule"). Texts written for the test; each has a look-alike that must not be read so."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LULA, ERDOGAN, MACRON, TOKAYEV, LUKASHENKO = (
    CATALOG.named(name).entity_id for name in ("Luiz Inácio Lula da Silva", "Recep Tayyip Erdoğan", "Emmanuel Macron",
                                               "Kassym-Jomart Tokayev", "Alexander Lukashenko"))
PUBLISHED = dt.date(2022, 11, 16)


def meetings(body: str, language: str = "en") -> list[set[str]]:
    found = extract_article("t", None, None, body, PUBLISHED, language).event_mentions
    return [set(m.participant_ids) for m in found if m.event_type == "meeting"]


def test_the_person_a_who_clause_is_about_takes_part_in_its_meeting():
    body = "Lula, who met Erdogan on Tuesday, flew on to Lisbon in the evening."
    assert meetings(body) == [{LULA, ERDOGAN}]


def test_the_person_a_which_clause_follows_is_no_participant():
    # (the relative word of a thing, not a person: the trip is not at the meeting)
    body = "Lula's trip to Ankara, which included a meeting with Erdogan on Tuesday, ended in the evening."
    assert meetings(body) == [{ERDOGAN}]


def test_a_russian_kotoryj_clause_is_about_the_person_before_it():
    body = "Лукашенко, который во вторник провёл переговоры с Токаевым, вечером вернулся в Минск."
    assert meetings(body, "ru") == [{LUKASHENKO, TOKAYEV}]


def test_a_meeting_one_has_none_of_is_not_reported():
    body = "Macron has no formal meeting with Erdogan on his schedule, an aide said on Tuesday."
    assert meetings(body) == []


def test_a_meeting_after_has_no_and_other_words_is_reported():
    # ("has no doubt": a negation of something else; the meeting is told as held)
    body = "Macron has no doubt the meeting with Erdogan on Tuesday was useful, an aide said."
    assert meetings(body) == [{MACRON, ERDOGAN}]

"""A possessive opening a short title before a name ("His foreign minister, Igor Ivanov, held talks
with X"): the name is the subject, the owner the pronoun points to no party to the talks
(extract/possessive_titles.py, events_<language>.yaml ``possessive_pronouns``). The look-alikes: "He
held talks with X" and "His talks with X" are the one named before. Every text is written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, LAVROV, WANG = (CATALOG.named(name).entity_id for name in ("Vladimir Putin", "Sergei Lavrov", "Wang Yi"))
PUBLISHED = dt.date(2024, 3, 9)  # a Saturday


def meeting_people(second_sentence: str, language: str = "en") -> set[str]:
    lead = {"en": "Vladimir Putin arrived in Kazan on Thursday for the forum.",
            "de": "Wladimir Putin kam am Donnerstag zum Forum nach Kasan."}[language]
    article = extract_article("possessive", None, None, f"{lead}\n\n{second_sentence}", PUBLISHED, language)
    return {p for m in article.event_mentions if m.event_type == "meeting" for p in m.participant_ids}


@pytest.mark.parametrize("language, sentence", [
    ("en", "His foreign minister, Sergei Lavrov, held talks with Wang Yi on Friday."),
    ("de", "Sein Außenminister Sergej Lawrow führte am Freitag Gespräche mit Wang Yi."),
])
def test_the_owner_of_the_title_before_the_name_is_no_party(language, sentence):
    assert meeting_people(sentence, language) == {LAVROV, WANG}


@pytest.mark.parametrize("sentence", [
    "He held talks with Wang Yi on Friday.",
    "His talks with Wang Yi on Friday went well.",
])
def test_look_alike_a_subject_pronoun_or_his_own_talks_are_the_one_named_before(sentence):
    assert meeting_people(sentence) == {PUTIN, WANG}

"""A country's office with no name right after it ("the President of Russia held talks with X",
"президент России провел переговоры с X") is the office's holder the article names: the name
further on, past the clause's verb, is the one met, not the office's holder named in apposition
(extract/office_names.py). Beside it, the look-alike: a name right after the office, past a title
of a few words, is the holder named anyway. Every text is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, MACRON, TOKAYEV = (CATALOG.named(name).entity_id for name in (
    "Vladimir Putin", "Emmanuel Macron", "Kassym-Jomart Tokayev"))
PUBLISHED = dt.date(2018, 5, 25)


def meetings(body: str, language: str) -> list[set[str]]:
    article = extract_article("office", None, None, body, PUBLISHED, language)
    return [set(m.participant_ids) for m in article.event_mentions if m.event_type == "meeting"]


@pytest.mark.parametrize("language, body", [
    ("en", "Vladimir Putin opened a forum on Monday. On Tuesday the President of Russia held talks with "
           "Emmanuel Macron."),
    ("ru", "Владимир Путин открыл форум в понедельник. Во вторник президент России провел переговоры с "
           "Эммануэлем Макроном."),
])
def test_the_office_before_the_clause_s_verb_is_its_named_holder(language, body):
    assert {PUTIN, MACRON} in meetings(body, language)


def test_look_alike_a_name_right_after_the_office_and_a_title_is_the_holder_named():
    body = ("Vladimir Putin opened a forum on Monday. On Tuesday the President of Kazakhstan and chairman "
            "of the council Kassym-Jomart Tokayev held talks with Emmanuel Macron.")
    assert meetings(body, "en") == [{TOKAYEV, MACRON}]

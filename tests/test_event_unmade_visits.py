"""A visit no one makes is no visit: "Will the exhibition of icons arrive in Kazan next year?"
names a thing's trip. One whose visitor the text gives only as a pronoun ("I hope that you will
visit Kazan") stays, as does one that names its visitor. Every text is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2025, 3, 20)
LEAD = "Vladimir Putin met Kassym-Jomart Tokayev in Moscow on Tuesday. "


def visits(sentence: str, language: str = "en", lead: str = LEAD):
    events = extract_article("unmade-visits", None, None, lead + sentence, PUBLISHED, language).events
    return [event for event in events if event.family == "visit"]


def test_a_things_trip_is_no_visit():
    assert visits("Will the exhibition of icons arrive in Kazan next year?") == []


@pytest.mark.parametrize("sentence", [
    "I hope that you will visit Kazan next year.",
    "Kassym-Jomart Tokayev will visit Kazan next year.",
])
def test_a_visit_of_someone_named_or_addressed_stays(sentence):
    assert len(visits(sentence)) == 1


def test_a_russian_visit_with_no_one_in_it_is_no_visit():
    lead = "Владимир Путин встретился с Касым-Жомартом Токаевым в Москве во вторник. "
    assert visits("Выставка икон прибудет в Казань в следующем году.", "ru", lead) == []

"""Chinese people the knowledge base does not know, written in Russian (issue 25): a surname and
a given name of Mandarin syllables are a person, named in pinyin as English reports name them.
Every fixture was written for these tests."""

from __future__ import annotations

import pytest

from ruchina.extract.cyrillic_chinese_people import chinese_people_finder
from ruchina.extract.linking import link_entities


def people(text, language="ru"):
    return {(m.surface, m.name, m.linked) for m in link_entities(text, language=language) if m.entity_type == "PERSON"}


def test_an_unknown_chinese_official_in_russian_is_named_as_english_names_him():
    found = people("С китайской стороны в переговорах участвовали советник Гао Минхуэй и посол Ли Хуэй.")
    assert ("Гао Минхуэй", "Gao Minghui", False) in found
    assert ("Ли Хуэй", "Li Hui", False) in found


def test_the_russian_and_the_english_report_name_one_entity():
    russian = {m.entity_id for m in link_entities("Вице-премьер Сунь Чуньлань прибыла в Казань.", language="ru")
               if m.entity_type == "PERSON"}
    english = {m.entity_id for m in link_entities("Vice-Premier Sun Chunlan arrived in Kazan.")
               if m.entity_type == "PERSON"}
    assert russian and russian == english


def test_a_language_without_chinese_names_finds_none():
    assert chinese_people_finder("de") is None


def test_a_known_chinese_leader_stays_the_known_entity():
    assert people("В Москву прибыл Ван Цишань.") == {("Ван Цишань", "Wang Qishan", True)}


@pytest.mark.parametrize("text", [
    "У Вани сегодня выходной.",  # a one-letter surname that is a Russian word, at a sentence's start
    "Косыгин летел с похорон Хо Ши Мина.",  # a Vietnamese name of three one-syllable words
    "Ян Гус был проповедником.",  # a surname of the list before a word that is no Mandarin syllable
    "Министр Ли Ваньминцзиньпин выступил.",  # three syllables and more: no Chinese given name
])
def test_look_alikes_give_no_chinese_person(text):
    assert chinese_people_finder("ru").find(text, []) == []

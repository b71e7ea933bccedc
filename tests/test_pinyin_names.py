"""A Chinese person the knowledge base does not know, named in pinyin ("Wang Wentao", "Gao Hucheng"):
a person with no title or cue beside the name, and the surname alone after it ("Wang said") is that
person, not the known one who shares the surname, unless the text names him in full too
(pinyin_names.py, names.yaml's `chinese_names`); nor is a known short form before a particle hyphened
to another name ("Anwar al-Sadat", linking.py). Texts written for these tests; each beside a
look-alike that keeps the known person or reads no person."""

from __future__ import annotations

from ruchina.extract.linking import link_entities
from ruchina.knowledge import base

WANG_YI = base.entity_catalog().named("Wang Yi").entity_id


def people(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.entity_id) for m in link_entities(text, True, "en") if m.entity_type == "PERSON"]


def test_a_pinyin_name_with_no_title_is_a_person_and_its_surname_alone_is_him():
    text = ("Sergei Lavrov met Wang Wentao, who heads the trade portfolio, in Moscow on Monday. Wang said trade "
            "would grow.")
    assert people(text) == [("Sergei Lavrov", "sergei-lavrov"), ("Wang Wentao", "wang-wentao"), ("Wang", "wang-wentao")]


def test_look_alike_the_surname_alone_is_the_known_one_when_the_text_names_him_in_full():
    text = ("Sergei Lavrov met Wang Yi and Wang Wentao in Moscow on Monday. Wang said the ministers agreed.")
    assert ("Wang", WANG_YI) in people(text)


def test_look_alike_the_surname_alone_with_no_other_of_the_name_is_the_known_one():
    text = "Sergei Lavrov met Chinese officials in Moscow on Monday. Wang said the talks went well."
    assert ("Wang", WANG_YI) in people(text)


def test_a_headline_s_pinyin_name_is_no_known_person_of_the_surname():
    # (a headline is read for known names only: "Wang Wentao" is not Wang Yi there either)
    headline = "Lavrov meets Chinese trade chief Wang Wentao"
    assert [m.entity_id for m in link_entities(headline, False, "en") if m.entity_type == "PERSON"] == ["sergei-lavrov"]


def test_look_alike_capitalised_words_that_are_no_pinyin_name_are_no_person():
    text = "The Long March rocket lifted off as Sun Valley guests watched on Monday."
    assert people(text) == []


def test_a_short_form_before_a_hyphened_particle_name_is_another_person():
    # ("Anwar" is Anwar Ibrahim's short form; "Anwar al-Sadat" is another man, not Malaysia's premier)
    text = "Egyptian President Anwar al-Sadat flew to Jerusalem on Saturday."
    assert [m.entity_id for m in link_entities(text, True, "en") if m.entity_id == "anwar-ibrahim"] == []


def test_look_alike_the_short_form_alone_after_the_full_name_is_the_known_person():
    text = "Prime Minister Anwar Ibrahim met Vladimir Putin on Wednesday. Anwar said ties were good."
    assert [p for p in people(text) if p[1] == "anwar-ibrahim"] == [("Anwar Ibrahim", "anwar-ibrahim"),
                                                                    ("Anwar", "anwar-ibrahim")]


def test_a_headline_in_sentence_case_names_another_person_after_a_short_form():
    # (read for known names only; "lands" tells sentence case, where "Sadat" is a name's capital)
    headline = "President Anwar Sadat lands in Israel"
    assert [m.entity_id for m in link_entities(headline, False, "en") if m.entity_type == "PERSON"] == []


def test_look_alike_a_headline_in_title_case_keeps_the_short_form_before_a_capitalised_word():
    headline = "Wang Yi Meets Lavrov: Wang Says Ties Are Strong"
    assert [m.entity_id for m in link_entities(headline, False, "en")].count(WANG_YI) == 2


def test_look_alike_a_pinyin_name_of_two_known_short_forms_is_still_discovered_whole():
    # ("Zhao" and "Peng" are each a known person's short form; together they are another name)
    assert ("Zhao Peng", "zhao-peng") in people("The photographs are by Zhao Peng, who met Wang Wentao on Monday.")

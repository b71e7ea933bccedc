"""Heads of government the news of summits names beside the Russian and Chinese leaders are the
knowledge base's, in every language it reads (knowledge/entities*.yaml): Spain's prime minister,
named in full or by his surname where the article names him in full or Spain; a bare surname
others bear too ("a Sánchez" of a page about anything else) stays unlinked. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

SANCHEZ = base.entity_catalog().named("Pedro Sánchez").entity_id
DAY = dt.date(2024, 9, 9)


def people(body: str, language: str) -> set[str]:
    return {p for e in extract_article("t", None, None, body, DAY, language).events for p in e.participants}


def test_spain_s_prime_minister_meets_in_every_language():
    for body, language in (("Pedro Sanchez met Lula in Brasilia on Monday.", "en"),
                           ("Педро Санчес в понедельник встретился в Бразилиа с Лулой.", "ru"),
                           ("佩德罗·桑切斯9日在巴西利亚会见卢拉。", "zh")):
        assert SANCHEZ in people(body, language), body


def test_look_alike_a_bare_surname_with_no_spain_is_nobody_s():
    assert SANCHEZ not in people("Lula met Sanchez, a union leader, in Brasilia on Monday.", "en")


def test_australia_s_prime_minister_is_named_in_chinese_and_russian():
    albanese = base.entity_catalog().named("Anthony Albanese").entity_id
    for body, language in (("阿尔巴尼斯9日在巴西利亚会见卢拉。", "zh"),
                           ("Энтони Албаниз в понедельник встретился в Бразилиа с Лулой.", "ru")):
        assert albanese in people(body, language), body

"""The leaders of a week of summits in one city (a G20 or a Nuclear Security Summit, and the talks
of two held beside it) are the knowledge base's in every language it reads
(knowledge/entities*.yaml): the US president of 2009-2017 in Chinese, South Korea's president of
2008-2013 in English, Russian and Chinese (a bare "Lee" only beside his full name). And the Nuclear
Security Summit is named: its report stays apart from the talks of two told beside it
(extract/event_sidelines.py), as a summit no name names does not. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

DAY = dt.date(2010, 4, 12)


def _id(name: str) -> str:
    return base.entity_catalog().named(name).entity_id


def events(body: str, language: str) -> list:
    return extract_article("t", None, None, body, DAY, language).events


def people(body: str, language: str) -> set[str]:
    return {p for e in events(body, language) for p in e.participants}


def test_the_us_president_of_those_years_is_named_in_chinese():
    assert _id("Barack Obama") in people("国务院总理温家宝12日在华盛顿会见美国总统奥巴马。", "zh")


def test_south_korea_s_president_of_those_years_is_named_in_every_language():
    lee = _id("Lee Myung-bak")
    for body, language in (("Wen Jiabao met Lee Myung-bak in Washington on Monday.", "en"),
                           ("Вэнь Цзябао в понедельник встретился в Вашингтоне с Ли Мён Баком.", "ru"),
                           ("国务院总理温家宝12日在华盛顿会见韩国总统李明博。", "zh")):
        assert lee in people(body, language), body


def test_look_alike_a_bare_lee_with_no_full_name_is_not_that_president():
    assert _id("Lee Myung-bak") not in people("Wen Jiabao met Lee, a banker, in Washington on Monday.", "en")


def _types_apart(body: str, language: str) -> list[set[str]]:
    return [e.types() for e in events(body, language)]


def test_talks_beside_the_nuclear_security_summit_are_no_report_of_it():
    for body, language in (
            ("Wen Jiabao met Nicolas Sarkozy in Washington on Monday. Wen arrived on Sunday for the "
             "Nuclear Security Summit, which opens on Monday.", "en"),
            ("国务院总理温家宝12日在华盛顿会见法国总统萨科齐。温家宝于11日抵达华盛顿，出席12日至13日举行的首届核安全峰会。", "zh")):
        kinds = _types_apart(body, language)
        assert {"meeting"} in kinds and {"summit"} in kinds, (body, kinds)


def test_look_alike_a_summit_no_name_names_stays_with_the_talks():
    body = ("Wen Jiabao met Nicolas Sarkozy in Washington on Monday. Wen arrived on Sunday for the "
            "Washington summit, which opens on Monday.")
    assert {"meeting", "summit"} in _types_apart(body, "en")

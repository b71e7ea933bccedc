"""The next leg of a trip, told with no day in a sentence that opens on the place of the visit
under way ("Из Китая он отправится в Казахстан", "中国之后，他还将访问哈萨克斯坦"), is the visit's
itinerary in passing, no visit of its own (extract/onward_legs.py). Beside each, the look-alikes
that keep their row: a leg with its day, and a sentence that opens on a place no visit of the
article is in.

Every fixture is written for these tests, with a trip and leaders of their own."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2023, 4, 13)
LULA = "luiz-inacio-lula-da-silva"
KAZAKHSTAN, UZBEKISTAN = "Q232", "Q265"


def visits(body, language, title):
    found = extract_article("a", title, None, body, DAY, language).events
    return [e for e in found if e.family == "visit"]


def places(found):
    return {e.location_id for e in found}


RU_ARRIVAL = ("Президент Бразилии Лула да Силва в четверг прибыл в Пекин с государственным визитом в Китай. "
              "В пятницу он проведет переговоры с Си Цзиньпином. ")


def test_russian_an_undated_next_leg_from_the_visits_country_is_no_visit():
    found = visits(RU_ARRIVAL + "Из Китая он отправится в Казахстан, затем в Узбекистан.", "ru", "Лула прибыл в Пекин")
    assert KAZAKHSTAN not in places(found)
    assert any(LULA in e.participants for e in found)  # (the visit under way stays)


def test_russian_a_next_leg_with_its_day_stays():
    found = visits(RU_ARRIVAL + "Из Китая в воскресенье он отправится в Казахстан.", "ru",
                   "Лула прибыл в Пекин")
    assert KAZAKHSTAN in places(found)


def test_russian_a_leg_from_a_place_no_visit_is_in_stays():
    found = visits(RU_ARRIVAL + "Из Казахстана он отправится в Узбекистан.", "ru", "Лула прибыл в Пекин")
    assert UZBEKISTAN in places(found)


ZH_ARRIVAL = "巴西总统卢拉周四抵达北京，对中国进行国事访问。周五他将同习近平主席举行会谈。"


def test_chinese_an_undated_next_leg_after_the_visits_country_is_no_visit():
    found = visits(ZH_ARRIVAL + "中国之后，卢拉还将访问哈萨克斯坦和乌兹别克斯坦。", "zh", "卢拉抵达北京")
    assert KAZAKHSTAN not in places(found)


def test_chinese_a_leg_after_a_place_no_visit_is_in_stays():
    found = visits(ZH_ARRIVAL + "哈萨克斯坦之后，卢拉还将访问乌兹别克斯坦。", "zh", "卢拉抵达北京")
    assert UZBEKISTAN in places(found)

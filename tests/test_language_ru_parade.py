"""Russian: the celebrations of Victory Day are reported as its parade, and the guests an
article says will come to them take part in it. Every text is written for the test in the
style of Kremlin coverage; each one that must find a parade or a guest has a look-alike
beside it that must not: the troops of a country marching without its leader, a leader who
congratulates by telephone, the occasion of other meetings, another holiday."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, XI, LUKASHENKO, MADURO = (CATALOG.named(name).entity_id for name in (
    "Vladimir Putin", "Xi Jinping", "Alexander Lukashenko", "Nicolás Maduro"))
PUBLISHED = dt.date(2025, 3, 20)


def parades(body: str, published: dt.date = PUBLISHED) -> list[tuple[set[str], dt.date | None, str]]:
    article = extract_article("ru-parade", None, None, body, published, "ru")
    return [(set(m.participant_ids), m.date.first if m.date else None, m.status)
            for m in article.event_mentions if m.event_type == "parade"]


def test_a_guest_who_will_come_to_the_victory_celebrations_takes_part_in_the_parade():
    body = ("Президент Белоруссии Александр Лукашенко прибыл в Кремль. "
            "Александр Григорьевич подтвердил своё участие в праздновании Победы 9 мая в Москве.")
    found = parades(body)
    assert any(LUKASHENKO in people for people, _, _ in found)
    # (a confirmed visit is to come: 9 May of this year, planned)
    assert (dt.date(2025, 5, 9), "planned") in {(day, status) for _, day, status in found}


def test_the_celebrations_of_another_holiday_are_no_parade():
    body = ("Президент Белоруссии Александр Лукашенко прибыл в Кремль. "
            "Александр Григорьевич подтвердил своё участие в праздновании Нового года в Минске.")
    assert parades(body) == []


def test_a_leader_arriving_for_the_ceremonies_of_victory_takes_part_in_the_parade():
    body = ("Председатель КНР Си Цзиньпин прибыл с официальным визитом в Российскую Федерацию "
            "для участия в торжественных мероприятиях, приуроченных к 80-й годовщине Победы.")
    assert any(XI in people for people, _, _ in parades(body, dt.date(2025, 5, 8)))


def test_ceremonies_on_another_occasion_are_no_parade():
    body = ("Председатель КНР Си Цзиньпин прибыл с официальным визитом в Российскую Федерацию "
            "для участия в торжественных мероприятиях, приуроченных к открытию выставки.")
    assert parades(body, dt.date(2025, 5, 8)) == []


def test_the_troops_of_a_country_marching_give_no_leader():
    body = ("Владимир Путин провёл переговоры с Президентом Белоруссии Александром Лукашенко. "
            "Расчёт вооружённых сил республики примет участие в торжественном параде на Красной площади 9 мая.")
    found = parades(body)
    assert found and all(not people for people, _, _ in found)


def test_a_leader_who_congratulates_by_telephone_is_no_guest():
    body = ("Владимир Путин провёл телефонный разговор с Президентом Венесуэлы Николасом Мадуро. "
            "Николас Мадуро поздравил Владимира Путина с наступающим Днём Победы.")
    assert all(MADURO not in people for people, _, _ in parades(body))


def test_the_celebrations_as_the_occasion_of_other_meetings_are_no_report_of_them():
    body = ("Владимир Путин провёл телефонный разговор с Председателем КНР Си Цзиньпином. "
            "Согласован график встреч на высшем уровне в связи с празднованием в Москве 80-летия Победы.")
    assert parades(body) == []


def test_a_victory_written_in_lower_case_is_no_celebration_of_victory_day():
    body = ("Президент Белоруссии Александр Лукашенко прибыл в Кремль. "
            "Спортсмены приглашены на празднование победы сборной в чемпионате.")
    assert parades(body) == []

"""Russian: the clause and the day of the events around the Victory celebrations. Every text
is written for the test in the style of Kremlin coverage; each one has a look-alike beside it
that must come out the other way: a clause a conjunction opens after a comma is a clause of
its own (its date is not the event's before it); the anniversary an event is timed to is its
occasion, which dates the celebrations but not a forum held for it."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.dates import resolve_dates
from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, LUKASHENKO = (CATALOG.named(name).entity_id for name in ("Vladimir Putin", "Alexander Lukashenko"))
PUBLISHED = dt.date(2025, 3, 20)


def reports(body: str, kind: str, published: dt.date = PUBLISHED):
    article = extract_article("ru-celebrations", None, None, body, published, "ru")
    return [m for m in article.event_mentions if m.event_type == kind]


def days(found) -> set:
    return {m.date.first if m.date else None for m in found}


# --- a clause of its own after "а", "но" ----------------------------------------------------

def test_a_date_before_a_comma_and_a_conjunction_does_not_date_the_forum_after_them():
    body = "Мы рады назвать дату 12 июня, а до этого в Казани состоится большой форум молодых учёных."
    found = reports(body, "forum")
    assert found and days(found) == {None}


def test_a_date_in_the_clause_of_the_forum_dates_it():
    body = "Мы рады сообщить, что 12 июня в Казани состоится большой форум молодых учёных."
    assert days(reports(body, "forum")) == {dt.date(2025, 6, 12)}


def test_a_place_before_a_comma_and_but_does_not_place_the_visit_after_it():
    body = ("Мы виделись на выставке в Сочи, но особенно рад, что Вы совершили визит "
            "в нашу страну.")
    found = reports(body, "visit")
    assert found and all(m.location_id != CATALOG.named("Sochi").entity_id for m in found)


def test_a_place_in_the_clause_of_the_visit_places_it():
    body = "Особенно рад, что Вы совершили визит в Сочи."
    found = reports(body, "visit")
    assert {m.location_id for m in found} == {CATALOG.named("Sochi").entity_id}


# --- the occasion an event is timed to -----------------------------------------------------

def test_a_forum_timed_to_the_anniversary_of_victory_is_not_held_on_its_day():
    body = "Форум, организованный парламентариями двух стран, приурочен к 80-летию Великой Победы."
    found = reports(body, "forum", dt.date(2025, 4, 20))
    assert found and dt.date(2025, 5, 9) not in days(found)


def test_the_celebrations_timed_to_the_anniversary_of_victory_are_held_on_its_day():
    body = ("Президент Белоруссии Александр Лукашенко примет участие в торжественных мероприятиях, "
            "приуроченных к 80-летию Великой Победы.")
    assert dt.date(2025, 5, 9) in days(reports(body, "parade", dt.date(2025, 4, 20)))


def test_an_anniversary_that_is_no_occasion_still_dates_the_forum():
    body = "Форум пройдёт в день 80-летия Великой Победы в Волгограде."
    assert dt.date(2025, 5, 9) in days(reports(body, "forum", dt.date(2025, 4, 20)))


# --- a guest awaited on 9 May --------------------------------------------------------------

TALKS = ("В Кремле прошли переговоры Владимира Путина с Президентом Белоруссии Александром Лукашенко. "
         "В.Путин: Уважаемый Александр Григорьевич! ")


def test_a_guest_awaited_on_9_may_takes_part_in_the_victory_celebrations_with_his_host():
    found = reports(TALKS + "Мы очень ждём Вас и 9 Мая, будет много гостей.", "parade")
    assert [(set(m.participant_ids), m.date.first, m.status) for m in found] == [
        ({PUTIN, LUKASHENKO}, dt.date(2025, 5, 9), "planned")]


def test_a_guest_awaited_on_another_day_is_awaited_at_no_parade():
    assert reports(TALKS + "Мы очень ждём Вас и 12 июня, будет много гостей.", "parade") == []


def test_a_guest_who_came_last_9_may_is_no_guest_of_this_year():
    found = reports(TALKS + "Мы с Вами виделись 9 мая прошлого года на Красной площади.", "parade")
    assert found == []


def test_you_and_i_in_lower_case_speak_to_a_hall_not_to_the_guest():
    found = reports(TALKS + "Мы с вами договаривались, что Вы приедете на празднование Победы 9 мая.", "parade")
    assert found and all(set(m.participant_ids) != {PUTIN, LUKASHENKO} for m in found)


def test_the_invitation_accepted_for_9_may_is_to_the_celebrations_of_this_year():
    body = TALKS + ("Мы с Вами договаривались об этом, Вы наше приглашение приняли – 9 мая на участие "
                    "в торжественных мероприятиях по случаю 80-летия Победы в Великой Отечественной войне.")
    found = reports(body, "parade")
    assert [(set(m.participant_ids), m.date.first, m.status) for m in found] == [
        ({PUTIN, LUKASHENKO}, dt.date(2025, 5, 9), "planned")]


def test_a_past_9_may_with_its_year_keeps_its_year_beside_the_anniversary():
    body = TALKS + ("Мы с Вами вспоминали 9 мая 2015 года, когда отмечали 70-летие Победы в Великой "
                    "Отечественной войне.")
    days = {d.phrase: d.first for d in resolve_dates(body, PUBLISHED, None, "ru")}
    assert days["9 мая 2015"] == dt.date(2015, 5, 9)


def test_a_day_without_its_year_beside_another_anniversary_keeps_the_tense_s_year():
    body = "Мы с Вами вспоминали 9 мая, когда отмечали 80-летие снятия блокады Ленинграда."
    days = {d.phrase: d.first for d in resolve_dates(body, PUBLISHED, None, "ru")}
    assert days["9 мая"] == dt.date(2024, 5, 9)


def test_a_day_of_the_text_after_a_link_list_is_no_link():
    body = ("Смотрите также Переговоры с Президентом Белоруссии 13 марта 2025 года Мы ждём Вас в Москве "
            "9 мая.")
    found = reports(body, "parade")
    assert [m.date.first for m in found] == [dt.date(2025, 5, 9)]


def test_a_link_list_of_two_dated_links_is_no_report():
    body = ("Смотрите также Переговоры с Президентом Белоруссии 13 марта 2025 года Визит в Минск "
            "9 мая 2024 года")
    assert reports(body, "visit") == [] and reports(body, "meeting") == []


XI = CATALOG.named("Xi Jinping").entity_id
WANG = ("В.Путин: Уважаемый господин Министр! Прошу передать привет Председателю Китайской Народной "
        "Республики Си Цзиньпину. ")


def test_a_leader_awaited_for_the_anniversary_of_victory_is_its_guest():
    found = reports(WANG + "Мы ждём его в России по случаю 80-летия Победы в Великой Отечественной войне.",
                    "parade", dt.date(2025, 4, 1))
    assert [(set(m.participant_ids), m.date.first) for m in found] == [({XI}, dt.date(2025, 5, 9))]


def test_a_leader_awaited_for_another_occasion_is_no_guest_of_the_parade():
    found = reports(WANG + "Мы ждём его в России по случаю открытия выставки достижений.", "parade",
                    dt.date(2025, 4, 1))
    assert found == []


# --- the leaders' meetings, and the war an anniversary names --------------------------------

CALL = "Состоялся телефонный разговор Владимира Путина с Председателем КНР Си Цзиньпином. "


def summits(body: str):
    return reports(body, "summit", dt.date(2025, 2, 24)) + reports(body, "meeting", dt.date(2025, 2, 24))


def test_the_top_level_meetings_of_a_call_s_readout_are_the_two_leaders():
    found = summits(CALL + "Подтверждено, что встреча на высшем уровне состоится в Москве.")
    assert [set(m.participant_ids) for m in found] == [{PUTIN, XI}]


def test_meetings_of_experts_in_a_call_s_readout_are_not_the_leaders():
    found = summits(CALL + "Подтверждено, что встреча экспертов состоится в Москве.")
    assert found and all(set(m.participant_ids) != {PUTIN, XI} for m in found)


def test_the_war_an_anniversary_names_is_no_name_of_the_meeting():
    body = CALL + ("Подтверждено, что встреча на высшем уровне пройдёт в связи с 80-летием Победы в "
                   "Великой Отечественной войне.")
    assert all("Great Patriotic War" not in m.event_names for m in summits(body))


def test_the_war_named_outside_an_anniversary_is_still_named():
    body = CALL + ("Подтверждено, что встреча на высшем уровне пройдёт в Москве в музее Великой "
                   "Отечественной войны.")
    assert any("Great Patriotic War" in m.event_names for m in summits(body))


# --- a ship launched, told with its verb ----------------------------------------------------

def test_a_ship_launched_with_its_verb_is_a_ceremony_at_the_shipyard_s_town():
    body = ("Владимир Путин по видеосвязи принял участие в церемонии спуска на воду ледокола. "
            "Сегодня в Северодвинске спускается на воду новый ледокол.")
    article = extract_article("ru-launch", None, None, body, dt.date(2025, 3, 27), "ru")
    assert CATALOG.named("Severodvinsk").entity_id in {e.location_id for e in article.events}


def test_a_ship_leaving_its_dock_is_no_launch():
    body = ("Владимир Путин по видеосвязи принял участие в церемонии спуска на воду ледокола. "
            "Сегодня в Северодвинске ледокол выходит из дока на испытания.")
    article = extract_article("ru-launch", None, None, body, dt.date(2025, 3, 27), "ru")
    assert CATALOG.named("Severodvinsk").entity_id not in {e.location_id for e in article.events}


# --- the Chinese side of talks in Moscow ----------------------------------------------------

def test_the_chinese_side_listed_at_talks_in_moscow_takes_part():
    body = ("В Кремле состоялась встреча Владимира Путина с Министром иностранных дел КНР Ван И. "
            "С китайской стороны во встрече приняли участие Посол КНР в России Чжан Ханьхуэй и "
            "помощник министра Лю Бинь.")
    article = extract_article("ru-side", None, None, body, dt.date(2025, 4, 1), "ru")
    main = next(e for e in article.events if e.main)
    assert {CATALOG.named("Zhang Hanhui").entity_id, CATALOG.named("Liu Bin").entity_id} <= main.participants


def test_a_surname_alone_is_no_chinese_diplomat():
    body = ("В Кремле состоялась встреча Владимира Путина с Министром иностранных дел КНР Ван И. "
            "Во встрече приняли участие эксперты Чжан и Лю.")
    article = extract_article("ru-side", None, None, body, dt.date(2025, 4, 1), "ru")
    named = {m.entity_id for m in article.mentions}
    assert not named & {CATALOG.named("Zhang Hanhui").entity_id, CATALOG.named("Liu Bin").entity_id}


# --- the visit of the person a relative clause is about --------------------------------------

def test_the_visit_a_relative_clause_tells_is_its_person_s():
    body = ("В Кремле прошли переговоры Владимира Путина с Президентом Таджикистана Эмомали Рахмоном, "
            "который находится в России с официальным визитом.")
    found = reports(body, "visit", dt.date(2025, 3, 17))
    assert [m.participant_ids for m in found] == [(CATALOG.named("Emomali Rahmon").entity_id,)]


def test_the_visit_a_relative_clause_of_a_thing_tells_is_no_person_s():
    body = ("В Кремле прошли переговоры Владимира Путина с Президентом Таджикистана Эмомали Рахмоном, "
            "итоги которых подведут во время визита делегации.")
    found = reports(body, "visit", dt.date(2025, 3, 17))
    assert found and all(CATALOG.named("Emomali Rahmon").entity_id not in m.participant_ids for m in found)


RUSSIA, SOCHI = CATALOG.named("Russia").entity_id, CATALOG.named("Sochi").entity_id


def test_the_place_in_the_relative_clause_of_a_visit_is_the_visit_s():
    body = ("В Кремле прошли переговоры Владимира Путина с Президентом Таджикистана Эмомали Рахмоном, "
            "который находится в России с официальным визитом.")
    assert [m.location_id for m in reports(body, "visit", dt.date(2025, 3, 17))] == [RUSSIA]


def test_the_place_of_the_talks_before_a_visit_in_one_clause_is_not_the_visit_s():
    body = "Переговоры в Сочи прошли в рамках официального визита Президента Таджикистана Эмомали Рахмона."
    assert [m.location_id for m in reports(body, "visit", dt.date(2025, 3, 17))] == [None]


# --- the venue of talks in the Kremlin --------------------------------------------------------

PALACE = CATALOG.named("Grand Kremlin Palace").entity_id


def venues(body: str) -> set[str]:
    article = extract_article("ru-venue", None, None, body, dt.date(2025, 5, 7), "ru")
    return {m.entity_id for m in article.mentions}


def test_the_grand_kremlin_palace_in_its_prepositional_case_is_the_venue():
    assert PALACE in venues("В Большом Кремлёвском дворце прошли переговоры Владимира Путина с гостем.")


def test_another_palace_of_the_kremlin_is_not_the_grand_one():
    assert PALACE not in venues("В Государственном Кремлёвском дворце прошёл концерт.")


def test_a_day_after_in_connection_with_is_still_the_event_s_day():
    body = "Владимир Путин проведёт встречу в связи с подготовкой 7 мая в Москве."
    assert dt.date(2025, 5, 7) in days(reports(body, "meeting", dt.date(2025, 4, 20)))


# --- the talks of an announced visit --------------------------------------------------------

VISIT_TITLE = "Председатель КНР Си Цзиньпин посетит Россию с официальным визитом"
VISIT_LEAD = "7–10 мая Председатель КНР Си Цзиньпин посетит Россию с официальным визитом по приглашению Владимира Путина."


def meetings_of(body: str, title: str = VISIT_TITLE):
    article = extract_article("ru-visit", title, None, body, dt.date(2025, 4, 28), "ru")
    return [e for e in article.events if e.family == "gathering"]


def test_the_talks_a_sentence_opens_with_are_the_announced_visit_s():
    found = meetings_of(VISIT_LEAD + " В ходе переговоров будут обсуждены вопросы торговли.")
    assert [(e.participants, e.location_id) for e in found] == [({PUTIN, XI}, RUSSIA)]


def test_talks_of_one_day_inside_a_visit_of_four_take_none_of_its_days():
    found = meetings_of(VISIT_LEAD + " В ходе переговоров будут обсуждены вопросы торговли.")
    assert [e.date for e in found] == [None]


def test_talks_the_sentence_does_not_open_with_are_no_report_of_the_visit_s():
    found = meetings_of(VISIT_LEAD + " Министры обсудят вопросы торговли, переговоры экспертов продолжатся.")
    assert all(e.participants != {PUTIN, XI} for e in found)

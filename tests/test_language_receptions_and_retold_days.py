"""Receptions, retold days and places of the pages in other languages than English (issue 25, the
classes of unseen17's Russian and Chinese pages), each beside a look-alike that must not trigger:

- a Russian host's verb with the day and a guest's titles in lower case between it and the guest
  ("принял сегодня в Кремле премьера Госсовета КНР X"): a meeting of host and guest on that day;
  not "принял решение", "принял участие";
- a Chinese city after its province ("在浙江杭州"): the city is the place; "正在俄罗斯进行访问"
  ("under way in Russia") names no place of the act;
- a Chinese session two sides co-chair ("A同B共同主持……委员会第十次会议"): a meeting of the two;
  not a conference one side calls ("主持召开会议");
- a Chinese day alone after a full date of the same sentence ("2009年5月12日抵达，15日结束访问"):
  that month's day, not one of the publication's month; alone in its sentence it keeps the
  publication's month;
- a Chinese anniversary count of twenty years ("二十年前的今天"): that day twenty years back;
- a trail of two section names in arrows over the headline ("历史频道 > 历史上的今天"): page text;
- names of today's leaders as French and Spanish write them (knowledge).

Every fixture is written for these tests (other people, places and events than the pages')."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.date_clauses import clause_dates
from ruchina.extract.dates_ago import dates_ago
from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities
from ruchina.text.parsing import parse_article


def events_of(body: str, published: dt.date, language: str, title: str | None = None):
    return extract_article("t1", title, None, body, published, language).events


def meetings(events):
    return [e for e in events if e.family == "gathering"]


# --- a Russian host's verb, the day and lower-case titles before the guest --------------------------

MONDAY = dt.date(2031, 6, 9)


def test_ru_a_host_receiving_a_guest_with_the_day_and_titles_between_meets_him_that_day():
    body = ("Премьер-министр Индии Нарендра Моди принял сегодня в Нью-Дели министра иностранных дел России "
            "Сергея Лаврова, который находится в стране с рабочим визитом.\n\nСтороны обсудили торговлю.")
    found = meetings(events_of(body, MONDAY, "ru"))
    assert found, "the reception is a meeting"
    meeting = found[0]
    assert {"Q1058", "sergei-lavrov"} <= meeting.participants
    assert (meeting.date.first, meeting.date.last) == (MONDAY, MONDAY)


def test_ru_look_alike_a_decision_or_a_part_taken_is_no_reception():
    body = ("Премьер-министр Индии Нарендра Моди принял сегодня решение о переносе поездки.\n\n"
            "Губернатор принял участие в выставке.")
    assert not [e for e in meetings(events_of(body, MONDAY, "ru")) if len(e.participants) > 1]


# --- Chinese places: a city after its province; 正在 is no venue ------------------------------------

NOV_5 = dt.date(2031, 11, 5)


def test_zh_a_city_after_its_province_is_the_place_of_the_act():
    body = "新华社北京11月5日电 外交部长王毅5日在北京会见来访客人。\n\n4日，王毅同拉夫罗夫在福建厦门举行会谈。"
    talks = [e for e in meetings(events_of(body, NOV_5, "zh")) if "sergei-lavrov" in e.participants]
    assert talks and talks[0].location_id == "xiamen"


def test_zh_look_alike_under_way_in_a_country_names_no_place_of_the_meeting():
    body = "新华社北京11月5日电 国家主席习近平5日在南京会见了正在中国进行正式访问的俄罗斯外长拉夫罗夫。"
    found = meetings(events_of(body, NOV_5, "zh"))
    assert found
    assert found[0].location_id != "Q148"  # (China: the visit's country, not the meeting's city)


# --- a Chinese session two sides co-chair -----------------------------------------------------------

def test_zh_a_session_two_sides_co_chair_is_their_meeting():
    body = ("新华社北京11月5日电 国家主席习近平5日在北京会见俄罗斯外长拉夫罗夫。\n\n"
            "同日，外交部长王毅同拉夫罗夫共同主持两国外交部磋商机制第八次会议。")
    found = [e for e in meetings(events_of(body, NOV_5, "zh")) if {"wang-yi", "sergei-lavrov"} <= e.participants]
    assert found and (found[0].date.first, found[0].date.last) == (NOV_5, NOV_5)


def test_zh_look_alike_a_conference_one_side_calls_is_no_co_chaired_meeting():
    body = "新华社北京11月5日电 外交部长王毅5日主持召开驻外使节工作会议。"
    assert events_of(body, NOV_5, "zh") == []


# --- a Chinese day alone after a full date --------------------------------------------------------

def test_zh_a_day_alone_after_a_full_date_is_of_that_month_and_year():
    found = clause_dates("拉夫罗夫于2009年5月12日抵达北京，15日结束访问。", dt.date(2019, 5, 14), "past", "zh")
    assert [(d.phrase, d.first) for d in found] == [("2009年5月12日", dt.date(2009, 5, 12)), ("15日", dt.date(2009, 5, 15))]


def test_zh_look_alike_a_day_alone_in_its_own_sentence_keeps_the_publications_month():
    found = clause_dates("15日，拉夫罗夫抵达北京。", dt.date(2019, 5, 16), "past", "zh")
    assert [d.first for d in found] == [dt.date(2019, 5, 15)]
    # (nor before the full date's own day: "2009年5月12日 ... 3日" is not 3 May 2009)
    found = clause_dates("拉夫罗夫于2009年5月12日抵达北京，3日举行会谈。", dt.date(2019, 5, 16), "past", "zh")
    assert found[1].first.year == 2019


# --- a Chinese count of twenty years to the day ---------------------------------------------------

def test_zh_twenty_years_ago_today_is_that_day():
    found = dates_ago("二十年前的今天，大桥正式通车。", dt.date(2031, 3, 14), "zh")
    assert [(d.first, d.precision) for d in found] == [(dt.date(2011, 3, 14), "day")]


def test_zh_look_alike_twenty_years_of_work_names_no_day():
    assert dates_ago("二十年来，大桥一直通车。", dt.date(2031, 3, 14), "zh") == []


# --- a trail of two section names ------------------------------------------------------------------

def test_a_trail_of_two_section_names_in_arrows_is_page_text():
    lead = "二十年前的今天，外交部长王毅在北京会见了来访的俄罗斯外长拉夫罗夫。"
    article = parse_article(f"资料频道 > 往事回眸\n\n往事回眸：王毅会见拉夫罗夫\n\n{lead}\n\n双方就合作交换意见。\n",
                            "seeds/page.txt", today=dt.date(2031, 1, 1))
    assert article.title == "往事回眸：王毅会见拉夫罗夫"


def test_look_alike_a_headline_with_an_arrow_and_a_clause_stays_the_title():
    headline = "Erst Oslo > dann Helsinki: die Reise der Ministerin geht weiter"
    lead = "Die norwegische Außenministerin ist am Dienstag in Helsinki eingetroffen und hat dort Gespräche geführt."
    article = parse_article(f"{headline}\n\n{lead}\n\nBeide Seiten vereinbarten eine engere Zusammenarbeit.\n",
                            "seeds/page.txt", today=dt.date(2031, 1, 1))
    assert article.title == headline


# --- names as French and Spanish write them -------------------------------------------------------

def test_fr_es_names_of_todays_premier_and_of_australias_prime_minister_are_linked():
    fr = [m.entity_id for m in link_entities("Mikhaïl Michoustine a été reçu à Hanoï. M. Michoustine est reparti.",
                                             True, "fr")]
    es = [m.entity_id for m in link_entities("El primer ministro australiano, Anthony Albanese, viajó a Adelaida.",
                                             True, "es")]
    assert fr.count("Q4298520") == 2
    assert "Q4773904" in es and any(e.startswith("adelaide") or e == "adelaide" for e in es)


# --- Spanish: the one who sends greetings through the guest is away -------------------------------

JUNE_11 = dt.date(2031, 6, 11)


def test_es_the_sender_of_greetings_through_the_guest_is_no_participant():
    body = ("El presidente chino, Xi Jinping, recibió ayer martes en Pekín a Serguéi Lavrov, ministro de Exteriores ruso.\n\n"
            "Lavrov transmitió a Xi un saludo del presidente ruso, Vladímir Putin, y le habló de la reunión de Hanói.")
    people = set().union(*(e.participants for e in events_of(body, JUNE_11, "es")))
    assert "sergei-lavrov" in people and "Q7747" not in people


def test_es_look_alike_one_who_meets_and_sends_greetings_of_his_people_takes_part():
    body = ("El presidente ruso, Vladímir Putin, se reunió ayer en Pekín con Xi Jinping y le transmitió un saludo "
            "del pueblo ruso.")
    found = meetings(events_of(body, JUNE_11, "es"))
    assert found and {"Q7747", "Q15031"} <= found[0].participants


# --- Spanish: a city after a parliament or a palace ------------------------------------------------

def test_es_a_city_after_a_parliament_is_the_place():
    body = ("El primer ministro chino, Li Qiang, y el presidente ruso, Vladímir Putin, celebraron este lunes en el "
            "Parlamento de Canberra una reunión.")
    found = meetings(events_of(body, dt.date(2031, 6, 16), "es"))
    assert found and found[0].location_id == "canberra"


def test_es_look_alike_a_palace_of_a_name_places_nothing_in_a_city():
    body = ("El primer ministro chino, Li Qiang, y el presidente ruso, Vladímir Putin, celebraron este lunes en el "
            "Palacio de la Moneda una reunión.")
    found = meetings(events_of(body, dt.date(2031, 6, 16), "es"))
    assert found and found[0].location_id is None


# --- Russian: a communique signed at talks ----------------------------------------------------------

def test_ru_a_communique_the_heads_of_government_signed_is_an_agreement_of_the_talks():
    body = ("Премьер-министр Индии Нарендра Моди и председатель правительства РФ Михаил Мишустин провели в "
            "понедельник в Нью-Дели переговоры.\n\nПо итогам встречи главы правительств подписали совместное коммюнике.")
    signed = [e for e in events_of(body, MONDAY, "ru") if e.family == "agreement"]
    assert signed and {"Q1058", "Q4298520"} <= signed[0].participants


def test_ru_look_alike_a_communique_only_published_is_no_signing():
    body = ("Премьер-министр Индии Нарендра Моди и председатель правительства РФ Михаил Мишустин провели в "
            "понедельник в Нью-Дели переговоры.\n\nТекст коммюнике опубликован на сайте правительства.")
    assert not [e for e in events_of(body, MONDAY, "ru") if e.family == "agreement"]


# --- Russian: a range of days across a month's end ---------------------------------------------------

def test_ru_a_range_across_a_months_end_is_one_span():
    found = clause_dates("Он находится в Минске с официальным визитом с 30 июня по 2 июля.", dt.date(2031, 7, 1), "past", "ru")
    assert [(d.first, d.last) for d in found] == [(dt.date(2031, 6, 30), dt.date(2031, 7, 2))]


def test_ru_look_alike_two_days_of_two_clauses_stay_two_days():
    found = clause_dates("Он прибыл 30 июня, а 2 июля вернулся домой.", dt.date(2031, 7, 3), "past", "ru")
    assert [(d.first, d.last) for d in found] == [(dt.date(2031, 6, 30),) * 2, (dt.date(2031, 7, 2),) * 2]


# --- a second place of one topic, after "and" ----------------------------------------------------------

def test_ru_the_second_place_of_a_discussed_situation_is_no_venue():
    body = ("Ранее в понедельник Лавров провел переговоры с Ван И. Стороны обсудили ситуацию вокруг Сирии и в "
            "Азиатско-Тихоокеанском регионе.")
    found = meetings(events_of(body, MONDAY, "ru"))
    assert found and found[0].location_id is None


def test_ru_look_alike_talks_held_in_one_city_and_another_keep_their_city():
    body = "Лавров провел в понедельник переговоры с Ван И в Пекине и в Шанхае."
    found = meetings(events_of(body, MONDAY, "ru"))
    assert found and found[0].location_id == "Q956"


# --- the one who sent the visitor is away --------------------------------------------------------------

def test_ru_fr_the_one_who_sent_the_guest_takes_no_part():
    ru = ("Председатель КНР Си Цзиньпин в понедельник встретился в Пекине с министром Сергеем Лавровым, прибывшим "
          "в Китай с визитом по поручению президента России Владимира Путина.")
    fr = "Le président chinois, Xi Jinping, a reçu lundi à Pékin Sergueï Lavrov, venu « sur instruction » de Vladimir Poutine."
    for language, body in (("ru", ru), ("fr", fr)):
        people = set().union(*(e.participants for e in events_of(body, MONDAY, language)))
        assert "sergei-lavrov" in people and "Q7747" not in people, language


def test_ru_look_alike_one_acting_on_anothers_instruction_takes_part_himself():
    body = "Президент России Владимир Путин в понедельник по поручению парламента провел переговоры с Си Цзиньпином."
    found = meetings(events_of(body, MONDAY, "ru"))
    assert found and {"Q7747", "Q15031"} <= found[0].participants


# --- Russian: a count of trips within a time reports none ---------------------------------------------

def test_ru_a_count_of_trips_within_a_time_reports_no_visit():
    """The visit the lead tells in a participle clause stays the day's, not merged into the count's earlier trip."""
    body = ("Премьер-министр Индии Нарендра Моди в понедельник встретился в Нью-Дели с министром Сергеем Лавровым, "
            "прибывшим в Индию с однодневным визитом.\n\n"
            "Это третий визит Лаврова в Индию за последние полгода: в мае он участвовал в Нью-Дели в совещании.")
    visits = [e for e in events_of(body, MONDAY, "ru") if e.family == "visit"]
    assert visits and all(e.date is not None and e.date.first == MONDAY for e in visits)


def test_ru_look_alike_a_visit_told_with_its_days_is_reported():
    body = "Сергей Лавров прибыл в Нью-Дели в понедельник с визитом, который продлится три дня."
    visits = [e for e in events_of(body, MONDAY, "ru") if e.family == "visit"]
    assert visits and visits[0].date.first == MONDAY

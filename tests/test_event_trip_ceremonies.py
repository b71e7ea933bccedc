"""A leader's trip told stop by stop, with its ceremonies (extract/sentence_reports.py's event words,
knowledge/events_<language>.yaml): a work put into service or a monument unveiled by named leaders is an
event of its own ("opened the gas pipeline at a ceremony", "церемония ввода в эксплуатацию моста"), with
those who watched it or were present among its people; a Russian tape's city standing as a sentence of its
own ("Казань. Президенты ...") leaves the lead after it (text/page_datelines.py, extract/datelines.py); its acts told in the day's order
("Перед этим", "Затем") are of the story's day (dates_same_day_opening.py); and talks told in a trip's
relative clause of its stop ("отправился в X, где провел переговоры с Y") are the traveller's, there
(visit_place_clauses.py). Beside each, a look-alike that must not trigger. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.text.page_datelines import dateline_place, stop_dateline_place

PUTIN = "Q7747"
TOKAYEV = "kassym-jomart-tokayev"
LUKASHENKO = "alexander-lukashenko"
MIRZIYOYEV = "shavkat-mirziyoyev"
NAZARBAYEV = "nursultan-nazarbayev"
DAY = dt.date(2023, 10, 12)


def events(body, language, title=None):
    return extract_article("t1", title, None, body, DAY, language).events


def of_type(found, kind):
    return [e for e in found if e.mentions[0].event_type == kind]


def test_leaders_opening_a_bridge_at_a_ceremony_hold_an_event_with_those_watching():
    found = of_type(events("Kassym-Jomart Tokayev and Shavkat Mirziyoyev opened the new border bridge at a "
                           "ceremony in Tashkent on Thursday. The two presidents cut the ribbon, watched on stage "
                           "by Alexander Lukashenko.", "en"), "other")
    assert found and {TOKAYEV, MIRZIYOYEV, LUKASHENKO} <= found[0].participants
    assert found[0].date.first == DAY


def test_a_pipeline_named_as_launched_years_ago_is_no_ceremony():
    found = events("The pipeline, launched in 2019, carries gas from Siberia. Kassym-Jomart Tokayev said on "
                   "Thursday that its capacity would grow.", "en")
    assert not of_type(found, "other")


def test_a_russian_commissioning_ceremony_takes_those_present_at_it():
    found = of_type(events("Президенты Касым-Жомарт Токаев и Шавкат Мирзиёев сегодня приняли участие в церемонии "
                           "ввода в эксплуатацию нового моста. На церемонии также присутствовал Александр "
                           "Лукашенко.", "ru"), "other")
    assert found and {TOKAYEV, MIRZIYOYEV, LUKASHENKO} <= found[0].participants


def test_one_not_present_is_no_attendee():
    found = of_type(events("Президенты Касым-Жомарт Токаев и Шавкат Мирзиёев сегодня приняли участие в церемонии "
                           "ввода в эксплуатацию нового моста. Александр Лукашенко на церемонии не "
                           "присутствовал.", "ru"), "other")
    assert found and LUKASHENKO not in found[0].participants


def test_a_city_standing_as_a_sentence_before_a_tapes_lead_leaves_the_lead_its_report():
    assert stop_dateline_place("Казань. Президенты России и Казахстана сегодня провели переговоры в Кремле.") == "Казань"
    found = of_type(events("Казань. Владимир Путин и Касым-Жомарт Токаев провели переговоры.", "ru"), "meeting")
    assert found and found[0].main and found[0].date.first == DAY
    # (it places nothing: the city alone may be a section's word, tests/test_datelines.py)
    assert dateline_place("Казань. Президенты России и Казахстана сегодня провели переговоры в Кремле.") is None


def test_a_city_and_a_stop_before_no_sentence_is_no_dateline():
    assert stop_dateline_place("Казань. Москва. Пекин.") is None
    assert stop_dateline_place("Итоги. Президенты провели переговоры и обсудили торговлю и транспорт.") is None


def test_an_act_told_before_this_on_a_tape_of_one_day_is_of_that_day():
    found = of_type(events("Владимир Путин сегодня открыл в Астане памятник. Перед этим российский президент "
                           "встретился с Касым-Жомартом Токаевым в его резиденции.", "ru"), "meeting")
    assert found and {PUTIN, TOKAYEV} <= found[0].participants and found[0].date.first == DAY


def test_an_earlier_meeting_of_no_day_stays_background():
    found = of_type(events("Владимир Путин сегодня открыл в Астане памятник. Ранее российский президент "
                           "встречался с Касым-Жомартом Токаевым.", "ru"), "meeting")
    assert not found


def test_talks_in_a_trips_stop_are_the_travellers_there():
    found = of_type(events("Владимир Путин сегодня открыл в Москве памятник. Вечером глава государства "
                           "отправился в Минск, где провел переговоры с Нурсултаном Назарбаевым.", "ru"), "meeting")
    assert found and {PUTIN, NAZARBAYEV} <= found[0].participants and found[0].location_id == "minsk"


def test_talks_in_the_stop_with_a_subject_of_their_own_keep_it():
    found = of_type(events("Владимир Путин сегодня открыл в Москве памятник. Вечером он отправился в Минск, "
                           "где Александр Лукашенко провел переговоры с Касым-Жомартом Токаевым.", "ru"), "meeting")
    assert found and PUTIN not in found[0].participants

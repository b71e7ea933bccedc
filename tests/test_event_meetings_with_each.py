"""Meetings told in the plural with a list of leaders: one meeting with each
(extract/meetings_with_each.py). "X held meetings with A, B and C" is three meetings of two;
"a meeting with A and B", in the singular, stays one meeting of three; "meetings with
business people" names no list of leaders; the Russian genitive singular "после встречи с"
is no plural.

Every fixture is written for these tests, with leaders, places and wording of their own."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

XI, MACRON, MODI, SISI, ERDOGAN = "Q15031", "Q3052772", "Q1058", "Q307871", "Q39259"
DAY = dt.date(2021, 10, 29)


def meetings(title, body, language="en"):
    extraction = extract_article("each", title, None, body, DAY, language)
    return [e for e in extraction.events if e.types() == {"meeting"}]


def people(event) -> frozenset[str]:
    return frozenset(p.split("/")[-1] for p in event.participants)


def test_meetings_in_the_plural_with_three_leaders_are_three_meetings_of_two():
    found = meetings("Chinese leader wraps up Geneva trip",
                     "Xi Jinping held meetings with Emmanuel Macron, Narendra Modi and Abdel Fattah el-Sisi "
                     "in Geneva on Thursday, a day before flying home.")
    assert {people(e) for e in found} == {frozenset({XI, MACRON}), frozenset({XI, MODI}), frozenset({XI, SISI})}


def test_a_meeting_in_the_singular_with_two_leaders_stays_one_meeting_of_three():
    found = meetings("Chinese leader wraps up Geneva trip",
                     "Xi Jinping held a meeting with Emmanuel Macron and Narendra Modi "
                     "in Geneva on Thursday, a day before flying home.")
    assert [people(e) for e in found] == [frozenset({XI, MACRON, MODI})]


def test_russian_plural_meetings_told_around_a_forum_take_the_day_told_before_them():
    found = meetings("Форум в Женеве завершился",
                     "Форум в Женеве завершился в пятницу.\n\n"
                     "Си Цзиньпин накануне провел на полях форума встречи с президентом Франции Эммануэлем "
                     "Макроном, премьер-министром Индии Нарендрой Моди и президентом Турции Реджепом Тайипом "
                     "Эрдоганом.", "ru")
    assert {people(e) for e in found} == {frozenset({XI, MACRON}), frozenset({XI, MODI}),
                                          frozenset({XI, ERDOGAN})}
    # ("накануне": the day before the story's)
    assert {e.date.first for e in found} == {DAY - dt.timedelta(days=1)}


def test_russian_genitive_singular_after_a_preposition_is_one_meeting():
    found = meetings("Форум в Женеве завершился",
                     "Си Цзиньпин в четверг улетел домой после встречи с президентом Франции Эммануэлем "
                     "Макроном и премьер-министром Индии Нарендрой Моди в Женеве.", "ru")
    assert all(len(people(e)) != 2 for e in found)


def test_russian_meetings_with_business_people_name_no_list_of_leaders():
    found = meetings("Форум в Женеве завершился",
                     "Си Цзиньпин в четверг провел встречи с представителями деловых кругов Швейцарии "
                     "в Женеве.", "ru")
    assert all(people(e) <= {XI} for e in found)


def test_meetings_with_a_leader_and_his_own_minister_stay_one():
    # (two of one country: no list of leaders of as many countries)
    found = meetings("Chinese leader in Paris",
                     "Xi Jinping held meetings with Emmanuel Macron and Narendra Modi's foreign minister "
                     "Subrahmanyam Jaishankar in Paris on Thursday.")
    assert not any(people(e) == frozenset({XI, MODI}) for e in found)


# --- a meeting told as three-way at a summit stays one (extract/event_sidelines.py) -------

SUMMIT_PAGE = "Leaders gather for the G20 summit in Lima"


def test_a_three_way_meeting_with_two_leaders_at_a_summit_stays_one_meeting_of_three():
    found = meetings(SUMMIT_PAGE,
                     "The G20 summit opened in Lima on Friday. Later on Friday Emmanuel Macron held a trilateral "
                     "meeting with Narendra Modi and Abdel Fattah el-Sisi on the sidelines.")
    assert frozenset({MACRON, MODI, SISI}) in {people(e) for e in found}


def test_a_leader_who_met_two_others_at_a_summit_held_two_sets_of_talks():
    found = meetings(SUMMIT_PAGE,
                     "The G20 summit opened in Lima on Friday. Later on Friday Emmanuel Macron held a "
                     "meeting with Narendra Modi and Abdel Fattah el-Sisi on the sidelines.")
    assert {people(e) for e in found} >= {frozenset({MACRON, MODI}), frozenset({MACRON, SISI})}


def test_chinese_meetings_with_each_of_two_leaders_of_a_past_year_are_two_meetings():
    """Leaders of a past year whom the knowledge base gives no role of today (a head's office of
    knowledge/offices.yaml) are a list of leaders all the same; the look-alike, with no
    "separately", stays one meeting of three."""
    body = "2010年6月26日，胡锦涛在多伦多分别会见了美国总统奥巴马和俄罗斯总统梅德韦杰夫。"
    obama, medvedev, hu = "barack-obama", "dmitry-medvedev", "hu-jintao"
    extraction = extract_article("each", "胡锦涛在多伦多会见外国领导人", None, body, dt.date(2010, 6, 26), "zh")
    found = {people(e) for e in extraction.events if e.types() == {"meeting"}}
    assert found == {frozenset({hu, obama}), frozenset({hu, medvedev})}
    body = "2010年6月26日，胡锦涛在多伦多会见了美国总统奥巴马和俄罗斯总统梅德韦杰夫。"
    extraction = extract_article("each", "胡锦涛在多伦多会见外国领导人", None, body, dt.date(2010, 6, 26), "zh")
    found = {people(e) for e in extraction.events if e.types() == {"meeting"}}
    assert found == {frozenset({hu, obama, medvedev})}

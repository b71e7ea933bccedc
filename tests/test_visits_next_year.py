"""A visit its phrase places in a month or year counted from the page ("подготовку визита в Индию Владимира
Путина в будущем году", "a trip next year") is to come, whatever the tense of the telling
(extract/tenses.to_come); a year or month named outright after the page is as often a deadline, and a
visit of last year is past. Fixtures written for these tests (other people, other visits)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2024, 7, 9)
LEAD = "Президент России Владимир Путин принял сегодня в Кремле премьер-министра Индии Нарендру Моди. "


def visit_statuses(body: str):
    mentions = extract_article("next-year", "Путин принял Моди", None, LEAD + body, PUBLISHED, "ru").event_mentions
    return [(m.status, m.date and m.date.first.year) for m in mentions if m.event_type == "visit"]


def test_a_visit_next_year_told_in_an_expected_discussion_is_planned():
    body = "Ожидается, что стороны обсудят сотрудничество, а также подготовку визита в Индию Владимира Путина в будущем году."
    assert visit_statuses(body) == [("planned", 2025)]


def test_a_visit_next_year_told_in_the_past_is_still_planned():
    body = "Дипломаты сказали, что встреча была нужна для подготовки визита в Индию Владимира Путина в будущем году."
    assert visit_statuses(body) == [("planned", 2025)]


def test_a_visit_last_year_is_not_planned():
    body = "Путин напомнил о своём визите в Индию в прошлом году."
    assert all(status == "occurred" for status, _ in visit_statuses(body))

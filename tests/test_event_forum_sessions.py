"""A forum told on one day in a sentence that also names its session ("told the forum on Friday,
speaking at the plenary session") reports the session, part of the forum the article tells over
its days: the two stay apart. The look-alikes: the same sentence with no session word (the forum
told on one of its days), and a session word beside the forum told over its days."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

FRIDAY = dt.date(2019, 6, 7)


def forum_days(body):
    extraction = extract_article("a", "Speech", None, body, FRIDAY)
    return sorted((e.date.first, e.date.last) for e in extraction.events
                  if e.mentions[0].event_type == "forum" and e.date is not None)


def test_a_forum_told_on_one_day_with_its_plenary_session_in_the_sentence_is_that_session():
    days = forum_days("Vladimir Putin told the St Petersburg International Economic Forum on Friday that sanctions "
                      "had failed, speaking at the plenary session alongside Kassym-Jomart Tokayev. The forum opened "
                      "on Wednesday and ends on Saturday.")
    assert days == [(dt.date(2019, 6, 5), dt.date(2019, 6, 8)), (FRIDAY, FRIDAY)]


def test_the_same_forum_told_on_one_day_with_no_session_word_is_the_forum():
    days = forum_days("Vladimir Putin told the St Petersburg International Economic Forum on Friday that sanctions "
                      "had failed, speaking alongside Kassym-Jomart Tokayev. The forum opened on Wednesday and ends "
                      "on Saturday.")
    assert days == [(dt.date(2019, 6, 5), dt.date(2019, 6, 8))]


def test_a_session_word_beside_the_forum_told_over_its_days_leaves_one_forum():
    days = forum_days("Kassym-Jomart Tokayev leads his delegation to the St Petersburg International Economic Forum, "
                      "which runs from Wednesday to Saturday, and will speak at the plenary session.")
    assert len(days) == 1 and days[0][0] < days[0][1]


def russian_types(title, body, published=dt.date(2023, 6, 16)):
    extraction = extract_article("a", title, None, body, published, "ru")
    return sorted((e.mentions[0].event_type, e.date.first, e.date.last) for e in extraction.events if e.date)


def test_a_russian_economic_forum_told_by_its_capitals_is_a_forum():
    """ "ПМЭФ проходит ... с 14 по 17 июня": the forum by its acronym, over its days."""
    assert ("forum", dt.date(2023, 6, 14), dt.date(2023, 6, 17)) in russian_types(
        "Новости", "ПМЭФ проходит в Санкт-Петербурге с 14 по 17 июня.")


def test_a_plenary_session_of_a_forum_told_by_its_capitals_is_the_forum_s_not_a_meeting():
    types = russian_types("ПУТИН ВЫСТУПИЛ НА ПЛЕНАРНОМ ЗАСЕДАНИИ ПМЭФ",
                          "Владимир Путин выступил сегодня на пленарном заседании форума.")
    assert [t[0] for t in types] == ["forum"]


def test_other_capitals_are_no_forum():
    assert russian_types("Новости", "МИД проводит брифинг в Москве с 14 по 17 июня.") == []

"""Talks hedged by a condition before their word are a possibility, no plan ("if need be, we will
continue our talks tomorrow", "при необходимости встретимся ещё раз"): events_<language>.yaml
`passing`. Beside them, the look-alikes that stay plans: a plan told plainly, and a plan beside a
hedge of another sentence's act ("Если нужно, министры подготовят документы" after the meeting's
own sentence). Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2024, 6, 4)


def plans(body: str, language: str):
    title = "Press statements" if language == "en" else "Заявления для прессы"
    extraction = extract_article("hedged", title, None, body, PUBLISHED, language)
    return [m for m in extraction.event_mentions if m.status == "planned"]


def test_talks_hedged_by_a_condition_are_no_plan():
    assert plans("If need be, we will continue our talks tomorrow and the day after.", "en") == []
    assert plans("Если нужно, продолжим наши переговоры и завтра, и послезавтра.", "ru") == []
    assert plans("При необходимости лидеры встретятся ещё раз в Казани.", "ru") == []


def test_a_plan_told_plainly_stays_a_plan():
    assert len(plans("The leaders will meet again in Kazan on Friday.", "en")) == 1
    assert len(plans("Лидеры встретятся ещё раз в Казани в пятницу.", "ru")) == 1


def test_a_hedge_of_another_sentences_act_leaves_the_plan():
    body = "Лидеры встретятся в Казани в пятницу. Если нужно, министры подготовят документы."
    assert len(plans(body, "ru")) == 1

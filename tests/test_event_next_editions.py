"""A summit's next edition told only by its place or year ("the next summit will be held in Lima in
2027"): no event of the article (extract/next_editions.py, the words knowledge/events_<language>.yaml
``next_edition``). The next meeting of two people, one dated by a month, and a summit told to come with
no "next" stay plans. A meeting of a series, the next or a regular one, told with a year alone is
no event either (``series_meeting``); with a day it stays a plan. Texts written for these tests (beside tests/test_event_summit_eve_talks.py, whose
branch wrote the rule these run against)."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

DAY = dt.date(2026, 11, 20)
STORY = {
    "en": "Lula chaired the summit of the group in Belem on Friday. ",
    "de": "Lula leitete am Freitag in Belem den Gipfel der Gruppe. ",
    "fr": "Lula a présidé vendredi à Belem le sommet du groupe. ",
    "es": "Lula presidió el viernes en Belém la cumbre del grupo. ",
    "ru": "Лула в пятницу провел в Белене саммит группы. ",
    "zh": "卢拉20日在贝伦主持峰会。",
}


def planned(body: str, language: str) -> list:
    events = extract_article("t", None, None, body, DAY, language).events
    return [e for e in events if any(m.status == "planned" for m in e.mentions)]


@pytest.mark.parametrize("language, sentence", [
    ("en", "The next summit will be held in Lima in 2027."),
    ("en", "The next BRICS summit is due in Lima."),
    ("de", "Der nächste Gipfel ist für 2027 in Peru geplant."),
    ("fr", "Le prochain sommet se tiendra à Lima en 2027."),
    ("es", "La próxima cumbre se celebrará en Lima en 2027."),
    ("ru", "Следующий саммит пройдет в Лиме в 2027 году."),
    ("zh", "下届峰会将于2027年在利马举行。"),
])
def test_the_next_edition_by_place_and_year_is_no_event(language, sentence):
    assert planned(STORY[language] + sentence, language) == [], sentence


@pytest.mark.parametrize("language, sentence", [
    # (a month: a plan all the same)
    ("en", "Their next meeting is expected in March, when Lula travels to Lima."),
    # (people named: their plan)
    ("en", "Lula and Boric agreed that their next meeting will take place in Lima."),
    # (no "next": the summit to come)
    ("en", "A summit of the group will be held in Lima in 2027."),
    ("de", "Der nächste Gipfel soll im März 2027 in Lima stattfinden."),
])
def test_look_alike_plans_stay_reports(language, sentence):
    assert planned(STORY[language] + sentence, language), sentence


MEETING = {
    "en": "The prime ministers of Peru and Chile held their ninth regular meeting in Arica on Friday. ",
    "de": "Die Regierungschefs Perus und Chiles hielten am Freitag in Arica ihr neuntes reguläres Treffen ab. ",
    "ru": "Главы правительств Перу и Чили в пятницу провели в Арике девятую регулярную встречу. ",
    "zh": "秘鲁和智利两国总理20日在阿里卡举行第九次定期会晤。",
}


@pytest.mark.parametrize("language, sentence", [
    ("en", "The next meeting will be held in Peru in 2027."),
    ("en", "The tenth regular meeting of the heads of government will take place in Lima next year."),
    ("de", "Das nächste Treffen der beiden Regierungschefs soll im kommenden Jahr in Peru stattfinden."),
    ("ru", "Очередная встреча глав правительств пройдет в Лиме в 2027 году."),
    ("zh", "第十次定期会晤将于2027年在利马举行。"),
])
def test_the_next_meeting_of_a_series_told_with_a_year_alone_is_no_event(language, sentence):
    assert planned(MEETING[language] + sentence, language) == [], sentence


@pytest.mark.parametrize("language, sentence", [
    # (a day: a plan all the same)
    ("en", "The next meeting will be held in Lima on 12 March."),
    ("de", "Das nächste Treffen soll am 12. März in Lima stattfinden."),
    # (no "next" nor a series: a meeting to come that year)
    ("en", "Boric will meet Lula in Brasilia in 2027."),
])
def test_look_alike_meetings_to_come_stay_plans(language, sentence):
    assert planned(MEETING[language] + sentence, language), sentence


"""The celebrations of the anniversary of a victory other than the Victory of 9 May, where they
are held, are a parade ("торжественные мероприятия в Ханое по случаю 50-летия победы"), as the
Victory Day celebrations are; not the celebrations of a win at the polls, nor of a city's day.
Every text is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2025, 3, 20)
LEAD = "Владимир Путин провёл телефонный разговор с Касым-Жомартом Токаевым. "


def parades(sentence: str):
    mentions = extract_article("victory-anniversaries", None, None, LEAD + sentence, PUBLISHED, "ru").event_mentions
    return [m for m in mentions if m.event_type == "parade"]


def test_the_celebrations_of_another_victorys_anniversary_are_a_parade():
    found = parades("Президенты обсудили предстоящие торжественные мероприятия в Ханое по случаю 50-летия победы в войне.")
    assert [m.status for m in found] == ["planned"]


@pytest.mark.parametrize("sentence", [
    "Президенты обсудили торжественные мероприятия по случаю победы партии на выборах.",
    "Президенты обсудили торжественные мероприятия в Казани по случаю годовщины основания города.",
])
def test_celebrations_of_a_poll_or_a_city_are_no_parade(sentence):
    assert parades(sentence) == []

"""Russian: the perfective future of an opening or a close ("форум откроется в четверг",
"начнётся", "завершится") tells an event to come, its weekday the next one; the past
("открылся") the last one (knowledge/events_ru.yaml, ``tense.future``). Fixtures written for
these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.date_clauses import clause_dates
from ruchina.extract.tenses import sentence_tense

MONDAY = dt.date(2024, 3, 11)
NEXT_THURSDAY, LAST_THURSDAY = dt.date(2024, 3, 14), dt.date(2024, 3, 7)


def first_day(sentence: str) -> dt.date:
    (date,) = clause_dates(sentence, MONDAY, sentence_tense(sentence, "ru"), "ru")
    return date.first


def test_an_opening_told_in_the_perfective_future_is_the_coming_weekday():
    assert first_day("Выставка в Казани откроется в четверг.") == NEXT_THURSDAY
    assert first_day("Конференция в Сочи начнётся в четверг.") == NEXT_THURSDAY
    assert first_day("Совещание министров завершится в четверг.") == NEXT_THURSDAY


def test_an_opening_told_in_the_past_is_the_last_weekday():
    assert first_day("Выставка в Казани открылась в четверг.") == LAST_THURSDAY
    assert first_day("Конференция в Сочи началась в четверг.") == LAST_THURSDAY

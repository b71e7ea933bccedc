"""A weekday dated by the wrong clause lands on the wrong week. Three ways, each beside its
look-alike:

* a weekday that opens its sentence in a clause of its own is read in the main clause's tense,
  not in the future of a relative clause trailing after it ("On Friday, the ministers opened the
  fair, at which they showed machines that will go on sale next year");
* a Russian past in -ыл ("открылся", "закрыла") is a past;
* a sentence that only tells a day to come, reporting no event and naming no one ("The busiest
  day is Friday."), dates the plan the next sentence tells with no day of its own.

Written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.date_clauses import clause_dates
from ruchina.extract.extraction import extract_article
from ruchina.extract.tenses import sentence_tense

D = dt.date
THURSDAY = D(2019, 3, 14)
LAST_MONDAY, NEXT_MONDAY = D(2019, 3, 11), D(2019, 3, 18)


def first_day(sentence: str, language: str, published: dt.date = THURSDAY) -> dt.date:
    dates = clause_dates(sentence, published, sentence_tense(sentence, language), language)
    return dates[0].first


@pytest.mark.parametrize("language, sentence", [
    ("es", "El lunes, los ministros de Chile y Perú inauguraron la feria, en la que mostraron máquinas "
           "que saldrán a la venta el próximo año."),
    ("en", "On Monday, the Chilean and Peruvian ministers opened the fair, at which they showed machines "
           "that will go on sale next year."),
])
def test_a_fronted_weekday_takes_the_main_clauses_past(language, sentence):
    assert first_day(sentence, language) == LAST_MONDAY


@pytest.mark.parametrize("language, sentence", [
    # the main clause's future still points forward
    ("es", "El lunes, los ministros de Chile y Perú inaugurarán la feria, en la que mostraron máquinas nuevas."),
    ("en", "On Monday, the Chilean and Peruvian ministers will open the fair, which they planned last year."),
])
def test_look_alikes_a_fronted_weekday_before_a_main_future(language, sentence):
    assert first_day(sentence, language) == NEXT_MONDAY


@pytest.mark.parametrize("sentence", ["В понедельник в Лиме открылся форум регионов.",
                                      "В понедельник министр закрыла выставку в Лиме."])
def test_a_russian_past_in_yl_is_past(sentence):
    assert sentence_tense(sentence, "ru") == "past"
    assert first_day(sentence, "ru") == LAST_MONDAY


def test_look_alike_a_russian_present_in_yl_stem_is_no_past():
    assert sentence_tense("В понедельник в Лиме открывается форум регионов.", "ru") != "past"


def meetings(body: str, published: dt.date = THURSDAY):
    return [e for e in extract_article("story", None, None, body, published, "en").events if "meeting" in e.types()]


PROGRAMME = ("The Chilean president flies to Lima on Sunday for a visit of three days.\n\n"
             "The busiest day is Monday. There will be a ceremony at the palace and then talks "
             "with President Martin Vizcarra.")


def test_a_sentence_of_a_day_to_come_dates_the_plan_after_it():
    (talks,) = meetings(PROGRAMME)
    assert (talks.date.first, talks.date.last) == (NEXT_MONDAY, NEXT_MONDAY)


@pytest.mark.parametrize("body", [
    # the day lies before the story's: it tells of something else, not of the plan
    "The Chilean president took office on 11 March. There will be talks with President Martin Vizcarra in Lima.",
    # a report of what was held takes no such day
    "The busiest day is Monday. President Martin Vizcarra held talks in Lima.",
])
def test_look_alikes_a_sentence_of_a_day_dates_nothing_else(body):
    assert not any(e.date and e.mentions[0].date_sentence is not None for e in meetings(body))


LAST_SATURDAY, NEXT_SATURDAY = D(2019, 3, 9), D(2019, 3, 16)


@pytest.mark.parametrize("sentence", ["The Chilean president left Lima on Saturday after the fair.",
                                      "The Peruvian minister flew to Santiago on Saturday to open the fair."])
def test_an_irregular_english_past_points_back_not_to_the_nearer_saturday(sentence):
    # (with no cue of tense, the nearer Saturday would be the coming one, two days on, not five back)
    assert first_day(sentence, "en") == LAST_SATURDAY


def test_look_alike_an_english_sentence_of_no_tense_takes_the_nearer_saturday():
    assert first_day("The fair in Lima opens its doors on Saturday.", "en") == NEXT_SATURDAY

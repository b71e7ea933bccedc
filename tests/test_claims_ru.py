"""Counts and years in Russian (knowledge/quantities_ru.yaml read by extract/claims.py): the
counted thing named by the language's list, so that "более 20 соглашений" is the
agreement_count an English "more than 20 agreements" is. Sentences written for the test;
each that makes a claim has look-alikes beside it that must not."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.claims import EVENT_OF_SENTENCE
from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog

SCO = entity_catalog().named("Shanghai Cooperation Organization").entity_id
TALKS = "Владимир Путин и Си Цзиньпин провели переговоры в Москве и подписали {}."


def claims(body: str):
    extraction = extract_article("ru-claims", None, None, body, dt.date(2025, 5, 8), "ru")
    return [(c.subject_id.startswith(EVENT_OF_SENTENCE) and "event" or c.subject_id, c.attribute, c.value_num,
             c.qualifier) for c in extraction.statement_claims]


@pytest.mark.parametrize("counted, expected", [
    ("более 20 соглашений", ("agreement_count", 20, "over")),
    ("свыше 20 документов", ("document_count", 20, "over")),
    ("около 30 соглашений", ("agreement_count", 30, "about")),
    ("порядка 30 соглашений", ("agreement_count", 30, "about")),
    ("двадцать соглашений", ("agreement_count", 20, "exact")),
    ("3 соглашения", ("agreement_count", 3, "exact")),
    ("21 соглашение", ("agreement_count", 21, "exact")),
])
def test_a_count_of_the_event_the_sentence_reports(counted, expected):
    assert claims(TALKS.format(counted)) == [("event", *expected)]


@pytest.mark.parametrize("counted", [
    "20 межправительственных соглашений",  # a kind of agreement: not the total
    "соглашения на 20 млрд долларов",  # money
    "от 20 до 30 соглашений",  # a range
    "двадцать пять соглашений",  # a compound number word is left alone
    "соглашения в 2024 году",  # a year
    "соглашения двух стран",  # "the two countries": a reference, not a count
])
def test_no_count_where_the_thing_or_the_number_is_not_one(counted):
    assert claims(TALKS.format(counted)) == []


def test_an_organisation_is_described_by_its_count_and_its_founding_year():
    assert claims("Шанхайская организация сотрудничества объединяет 10 государств.") == [
        (SCO, "country_count", 10, "exact")]
    assert claims("ШОС объединяет десять государств-членов.") == [(SCO, "member_state_count", 10, "exact")]
    assert claims("ШОС была основана в 2001 году.") == [(SCO, "founded_year", 2001, "exact")]
    # look-alikes: a count after a clause about something else, a count of people
    assert claims("Владимир Путин и Си Цзиньпин провели переговоры, в которых участвовали делегации 30 стран.") == []
    assert claims("Владимир Путин и Си Цзиньпин провели переговоры, на которые пришли 500 человек.") == []

"""A day named as another's ("the same day", "le même jour", "в тот же день"): the day the
sentence named before it; and an agreement to meet told in the past ("agreed to meet again
next week", "договорились встретиться"), a meeting to come. Each beside a look-alike that
must not give the day. Written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.date_clauses import clause_dates
from ruchina.extract.extraction import extract_article
from ruchina.extract.tenses import sentence_tense

D = dt.date
SAT = D(2022, 10, 15)  # a Saturday


def days(sentence: str, language: str = "en", published: dt.date = SAT):
    return [(d.phrase, d.first) for d in clause_dates(sentence, published, sentence_tense(sentence, language), language)]


@pytest.mark.parametrize(
    "language, sentence, phrase, day",
    [
        ("en", "The premier landed in Osaka on Wednesday from Seoul, where he had opened a trade fair the same day.",
         "the same day", D(2022, 10, 12)),
        ("en", "Talks began in Riga on October 3 and, later that day, the ministers signed a protocol.",
         "later that day", D(2022, 10, 3)),
        ("fr", "Le ministre est arrivé mercredi à Dakar, où il avait inauguré un port le même jour.",
         "le même jour", D(2022, 10, 12)),
        ("ru", "Премьер прилетел в Ереван в среду и в тот же день провёл переговоры.",
         "в тот же день", D(2022, 10, 12)),
        ("de", "Der Minister traf am Mittwoch in Riga ein und eröffnete am selben Tag eine Messe.",
         "am selben Tag", D(2022, 10, 12)),
    ],
)
def test_the_same_day_is_the_day_named_before_it(language, sentence, phrase, day):
    assert (phrase, day) in days(sentence, language)


def test_look_alike_the_same_day_with_no_day_before_it_names_none():
    found = days("The same day, the ministers signed a protocol in Riga.")
    assert found == []
    # (a day after the phrase is no day it can stand for)
    assert [p for p, _ in days("The same day, they said, the talks would resume on Monday.")] == ["Monday"]


def test_a_report_dated_the_same_day_is_on_that_day():
    body = ("The premier landed in Osaka on Wednesday from Seoul, where he held a summit with "
            "President Yoon Suk Yeol the same day.\n\nHe will open the fair on Sunday.")
    events = extract_article("same-day", None, None, body, SAT, "en").events
    summit = next(e for e in events if "summit" in e.types())
    assert (summit.date.first, summit.date.last) == (D(2022, 10, 12), D(2022, 10, 12))


@pytest.mark.parametrize(
    "language, body, published, status",
    [
        ("ru", "Президенты договорились снова встретиться на следующей неделе в Ташкенте.", SAT, "planned"),
        ("en", "The two presidents agreed to meet again next week in Tashkent.", SAT, "planned"),
        # look-alikes: a meeting held, and one agreed on, told in the past with no day to come
        ("ru", "Президенты встретились на этой неделе в Ташкенте.", SAT, "occurred"),
        ("en", "The two presidents met this week in Tashkent and agreed to expand trade.", SAT, "occurred"),
    ],
)
def test_an_agreement_to_meet_is_a_meeting_to_come(language, body, published, status):
    events = extract_article("agreed", None, None, body, published, language).events
    (meeting,) = [e for e in events if "meeting" in e.types()]
    assert {m.status for m in meeting.mentions} == {status}

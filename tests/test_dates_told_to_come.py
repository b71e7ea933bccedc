"""An event to come told beside a past that is not its own comes out held, or a week early. Three
ways, each beside its look-alike:

* a weekday after a verb of telling and its "that" is in the tense of what is told, not in the
  telling's past ("the aide told reporters that on Friday X will meet Y": the coming Friday);
* a person's aside in the past, closed by a comma ("X, who was sworn in last month, flies to Y on
  Monday"), gives its sentence no past: the Monday is the coming one, and the visit to come;
* a participle after an event word an ordinal precedes ("fly in next week for the first summit
  held on Andean soil") tells the summit's kind, not that it was held.

Written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.date_clauses import clause_dates
from ruchina.extract.extraction import extract_article
from ruchina.extract.tenses import sentence_tense

D = dt.date
THURSDAY = D(2019, 3, 14)
FRIDAY = D(2019, 3, 15)


def first_day(sentence: str, published: dt.date = THURSDAY) -> dt.date:
    """The day of the sentence's weekday."""
    dates = clause_dates(sentence, published, sentence_tense(sentence, "en"), "en")
    return next(d.first for d in dates if sentence[d.char_start:d.char_end].endswith("day"))


def events(body: str, published: dt.date):
    return [(m.event_type, m.status, m.date and m.date.first)
            for e in extract_article("story", None, None, body, published, "en").events for m in e.mentions]


@pytest.mark.parametrize("sentence", [
    "A spokesman told journalists that on Friday the Chilean president will meet Martin Vizcarra.",
    "The envoy said that on Friday morning, before the fair opens, the two ministers will sign the accord.",
])
def test_a_weekday_in_what_is_told_of_the_future_is_the_coming_one(sentence):
    assert first_day(sentence) == D(2019, 3, 15)


@pytest.mark.parametrize("sentence", [
    # what is told is past: the last Friday
    "A spokesman told journalists that on Friday the Chilean president met Martin Vizcarra.",
    "The envoy said that on Friday morning, before the fair opened, the two ministers signed the accord.",
    # the day is the telling's, before its "that"
    "A spokesman said on Friday that the Chilean president will meet Martin Vizcarra.",
])
def test_look_alikes_a_weekday_told_as_past_or_of_the_telling(sentence):
    assert first_day(sentence) == D(2019, 3, 8)


ASIDE = "The Peruvian president, who was sworn in only last month, {verb} into Santiago on Monday for a state visit."


def test_a_persons_past_aside_leaves_the_visit_to_come():
    sentence = ASIDE.format(verb="flies")
    assert sentence_tense(sentence, "en") != "past"
    assert first_day(sentence, FRIDAY) == D(2019, 3, 18)
    assert [(status, day) for _, status, day in events(sentence, FRIDAY)] == [("planned", D(2019, 3, 18))]


def test_look_alike_the_main_clause_in_the_past_keeps_the_last_monday():
    sentence = ASIDE.format(verb="flew")
    assert sentence_tense(sentence, "en") == "past"
    assert first_day(sentence, FRIDAY) == D(2019, 3, 11)
    assert {status for _, status, _ in events(sentence, FRIDAY)} == {"occurred"}


def test_a_participle_after_an_ordinal_tells_no_summit_held():
    body = "The Andean leaders fly into Lima next week for the first summit held on Peruvian soil."
    assert {status for kind, status, _ in events(body, THURSDAY) if kind == "summit"} == {"planned"}


def test_look_alike_a_participle_with_no_ordinal_tells_the_summit_held():
    body = "The ministers will study the papers of the summit held on Peruvian soil."
    assert {status for kind, status, _ in events(body, THURSDAY) if kind == "summit"} == {"occurred"}

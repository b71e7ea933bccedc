"""An event's tense read from a clause that is not its own: an event to come comes out held, or a
week early, and a held one to come. Four ways, each beside its look-alike:

* a weekday after a verb of telling and its "that" is in the tense of what is told, not in the
  telling's past ("the aide told reporters that on Friday X will meet Y": the coming Friday);
* a person's aside in the past, closed by a comma ("X, who was sworn in last month, flies to Y on
  Monday"), gives its sentence no past: the Monday is the coming one, and the visit to come (and
  one "expected in" a city is awaited there: "X and Y, who ..., are both expected in Z on Saturday");
* a participle after an event word an ordinal precedes ("fly in next week for the first summit
  held on Andean soil") tells the summit's kind, not that it was held;
* a future a speaker told after a later act of the sentence ("welcomed Y and, after talks,
  announced accords he said would create jobs") is the accords', not the welcome's.

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


EXPECTED = ("The two ministers, who signed a fishing accord in Lima earlier this month, {verb} in Quito on Saturday "
            "for a summit of the Andean Community.")


def test_awaited_in_a_city_after_a_past_aside_is_a_summit_to_come():
    sentence = EXPECTED.format(verb="are both expected")
    assert first_day(sentence) == D(2019, 3, 16)
    assert {status for kind, status, _ in events(sentence, THURSDAY) if kind == "summit"} == {"planned"}


def test_look_alike_were_in_a_city_after_a_past_aside_is_a_summit_held():
    sentence = EXPECTED.format(verb="were both")
    assert first_day(sentence) == D(2019, 3, 9)
    assert {status for kind, status, _ in events(sentence, THURSDAY) if kind == "summit"} == {"occurred"}


def test_a_participle_after_an_ordinal_tells_no_summit_held():
    body = "The Andean leaders fly into Lima next week for the first summit held on Peruvian soil."
    assert {status for kind, status, _ in events(body, THURSDAY) if kind == "summit"} == {"planned"}


def test_look_alike_a_participle_with_no_ordinal_tells_the_summit_held():
    body = "The ministers will study the papers of the summit held on Peruvian soil."
    assert {status for kind, status, _ in events(body, THURSDAY) if kind == "summit"} == {"occurred"}


# (a fourth way, the other side of it: a future a speaker told after a later act of the sentence,
# "announced accords he said would ...", is no future of the host's welcome or of the talks)
WELCOME = ("Narendra Modi {welcomed} Cyril Ramaphosa to Hyderabad House on {day} and, after talks in the library, "
           "{announced} accords he {said} create ten thousand jobs.")


def statuses(body: str) -> set[str]:
    return {status for kind, status, _ in events(body, THURSDAY) if kind == "meeting"}


def test_a_future_told_after_a_later_past_act_leaves_the_meeting_held():
    assert statuses(WELCOME.format(welcomed="welcomed", day="Thursday", announced="announced",
                                   said="said would")) == {"occurred"}


@pytest.mark.parametrize("body", [
    WELCOME.format(welcomed="will welcome", day="Friday", announced="will announce", said="says will"),
    # a speaker's aside with no act before it tells the event's own tense
    "The talks between Narendra Modi and Cyril Ramaphosa, an aide said on Thursday, will be held in the library.",
])
def test_look_alikes_the_meeting_told_to_come(body):
    assert statuses(body) == {"planned"}


# The event word itself a verb of the past, then a verb of telling: "met ... and said their countries would
# ..." tells the meeting held; what was said is of the work to come.
MET_AND_SAID = "Narendra Modi and Cyril Ramaphosa {met} in New Delhi on Thursday and {said} their countries would trade more."


def test_a_meeting_told_by_its_verb_of_the_past_then_a_future_they_said_is_held():
    assert statuses(MET_AND_SAID.format(met="met", said="said")) == {"occurred"}


def test_look_alike_a_meeting_they_will_hold_stays_to_come():
    assert statuses(MET_AND_SAID.format(met="will meet", said="say").replace("Thursday", "Friday")) == {"planned"}

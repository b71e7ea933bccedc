"""One who tells reporters of an act of his own ("Lula said on Thursday that he had met Modi")
takes part in it: the pronoun that opens what he tells stands for him; and the day of the
telling ("told reporters today") is not the act's, whose own words date it ("late last night").
Each beside a look-alike: a speaker who tells of others' acts stays a mere source. Written for
these tests; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

D = dt.date
THU = D(2023, 3, 16)  # a Thursday
LULA, MODI, PUTIN, PESKOV = "Luiz Inácio Lula da Silva", "Q1058", "Q7747", "Dmitry Peskov"


def meetings(body: str, published: dt.date = THU):
    events = extract_article("told", None, None, body, published, "en").events
    return [e for e in events if "meeting" in e.types()]


def people(event) -> set[str]:
    return set(event.participants)


@pytest.mark.parametrize("body", [
    "Lula told journalists in Brasilia on Thursday that he met Narendra Modi for an hour.",
    "Lula said he had met Narendra Modi over breakfast on Wednesday.",
    "Lula tells the press he will meet Narendra Modi in April.",
])
def test_the_speaker_of_his_own_meeting_takes_part(body):
    found = meetings(body)
    assert found
    ids = people(found[0])
    assert MODI in ids and len(ids) == 2


@pytest.mark.parametrize("body", [
    # (another person named between the pronoun and the event word is its subject)
    "Lula told journalists on Thursday that he expected Vladimir Putin to meet Narendra Modi soon.",
    # (the event word is the topic of another act of his, not his own act)
    "Lula told journalists on Thursday that he would not discuss the meeting of Vladimir Putin and Narendra Modi.",
    # (no pronoun opens what is told: the speaker only reports others' meeting)
    "Lula told journalists on Thursday that Vladimir Putin met Narendra Modi on Wednesday.",
])
def test_look_alike_a_speaker_of_others_meeting_stays_a_source(body):
    found = meetings(body)
    assert found
    ids = people(found[0])
    assert ids == {PUTIN, MODI}


def test_last_night_is_the_day_before_and_the_telling_day_is_not_the_acts():
    found = meetings("Lula told journalists today that he met Narendra Modi at ten o'clock last night "
                     "in a hotel by the river.")
    assert (found[0].date.first, found[0].date.phrase) == (D(2023, 3, 15), "last night")


def test_look_alike_a_telling_day_with_no_date_told_after_it_still_dates_the_act():
    # (what he tells gives no day of its own: the telling's Wednesday is all the sentence says)
    found = meetings("Lula said on Wednesday he had held talks with Narendra Modi in a hotel.")
    assert found[0].date is not None and found[0].date.first == D(2023, 3, 15)


def test_look_alike_a_telling_day_with_no_pronoun_still_dates_the_act():
    # (no own act told: "today" stands where the meeting's words are, and dates it)
    found = meetings("Vladimir Putin met Narendra Modi today, Lula told journalists.")
    assert found[0].date.first == THU


@pytest.mark.parametrize("phrase, day", [("last night", D(2023, 3, 15)), ("tonight", THU),
                                         ("last  Night", D(2023, 3, 15))])
def test_night_words(phrase, day):
    found = meetings(f"Vladimir Putin met Narendra Modi {phrase} in Delhi.")
    assert found[0].date.first == day

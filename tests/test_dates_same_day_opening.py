"""A sentence that opens on "the same day" (« Le même jour », "El mismo día", "Am selben Tag") dates
its undated report by the day of the story told before it (extract/dates_same_day_opening.py); a
relative clause opened by a preposition (« avec qui », "con quien") is a clause of its own, whose
plan does not date or place the meeting before it (knowledge/events_<lang>.yaml: grammar.relative).
Fixtures written for these tests, each beside a look-alike."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.event_compatibility import status_of
from ruchina.extract.extraction import extract_article

XI, ABE, ERDOGAN = "Q15031", "Q132345", "Q39259"
SATURDAY = dt.date(2019, 6, 29)

LEADS = {
    "fr": "Xi Jinping s'est entretenu samedi à Osaka avec Shinzo Abe.",
    "es": "Xi Jinping se reunió el sábado en Osaka con Shinzo Abe.",
}
SAME_DAY = {
    "fr": "Le même jour, le dirigeant chinois a aussi rencontré le président turc, Recep Tayyip Erdogan.",
    "es": "El mismo día, el mandatario chino se reunió también con el presidente turco, Recep Tayyip Erdogan.",
}
NO_DAY = {
    "fr": "Le dirigeant chinois a aussi rencontré le président turc, Recep Tayyip Erdogan.",
    "es": "El mandatario chino se reunió también con el presidente turco, Recep Tayyip Erdogan.",
}
WITH_A_PLAN = {
    "fr": ", avec qui il doit reprendre les discussions le mois prochain à Pékin.",
    "es": ", con quien volverá a verse el mes próximo en Pekín.",
}


def erdogan_meetings(language, body):
    events = extract_article("t1", "Osaka", None, body, SATURDAY, language).events
    return [e for e in events if {XI, ERDOGAN} <= e.participants]


@pytest.mark.parametrize("language", sorted(LEADS))
def test_a_meeting_the_same_day_is_on_the_day_told_before(language):
    (meeting,) = erdogan_meetings(language, LEADS[language] + " " + SAME_DAY[language])
    assert (meeting.date.first, meeting.date.last) == (SATURDAY, SATURDAY)
    assert status_of(meeting) == "occurred"


@pytest.mark.parametrize("language", sorted(LEADS))
def test_a_meeting_of_no_day_after_a_dated_one_stays_undated(language):
    assert erdogan_meetings(language, LEADS[language] + " " + NO_DAY[language]) == []


def test_the_same_day_with_no_day_told_before_gives_none():
    body = "Xi Jinping s'est entretenu avec Shinzo Abe. " + SAME_DAY["fr"]
    assert all(e.date is None for e in erdogan_meetings("fr", body))


@pytest.mark.parametrize("language", sorted(LEADS))
def test_a_plan_in_a_relative_clause_with_a_preposition_is_not_the_meetings(language):
    body = LEADS[language] + " " + SAME_DAY[language].rstrip(".") + WITH_A_PLAN[language]
    meetings = erdogan_meetings(language, body)
    assert any(m.date and m.date.first == SATURDAY and status_of(m) == "occurred" for m in meetings)


# --- "that day" wherever it stands in a sentence that names no day of its own

# (Albanese is in the knowledge base since issue 25: his Wikidata id, no longer a discovered slug)
MODI, ALBANESE = "Q1058", "Q4773904"
TUESDAY, MONDAY = dt.date(2023, 5, 23), dt.date(2023, 5, 22)
STORY = ("Trade talks between the two countries were held in Canberra on Tuesday. "
         "Narendra Modi arrived in Sydney on Monday. ")


def modi_albanese_days(body):
    events = extract_article("t2", None, None, body, TUESDAY, "en").events
    return [(e.date.first, e.date.last) if e.date else None for e in events
            if "meeting" in e.types() and {MODI, ALBANESE} <= e.participants]


@pytest.mark.parametrize("sentence", [
    "In Sydney that day he met Prime Minister Anthony Albanese.",
    "He met Prime Minister Anthony Albanese at Admiralty House that day.",
    # (the sentence's second report looks back to the story's day too, past the first one's)
    "In Sydney that day he addressed a rally of the diaspora and met Prime Minister Anthony Albanese.",
    # (a part of that day: "the same evening", as "le même soir")
    "He met Prime Minister Anthony Albanese at Admiralty House that same evening.",
])
def test_that_day_inside_a_sentence_points_back_to_the_day_told_before(sentence):
    assert modi_albanese_days(STORY + sentence) == [(MONDAY, MONDAY)]


@pytest.mark.parametrize("sentence", [
    "He met Prime Minister Anthony Albanese.",
    # ("the evening session", not "In the evening, ..."): a time of day inside a sentence is no pointer back
    "He met Prime Minister Anthony Albanese before the evening session of the forum.",
])
def test_a_sentence_with_no_pointer_back_is_not_on_the_day_told_before(sentence):
    assert (MONDAY, MONDAY) not in modi_albanese_days(STORY + sentence)

"""A sentence that opens on "there" ("Dort traf er Y", "Там он встретился с Y", "There she met Y")
goes on with the day and the place of the sentence before it (extract/scene_openings.py); "There
were talks" says nothing of a scene, and a sentence not opening on it keeps no day of another.
Fixtures written for these tests, each beside a look-alike."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

XI, ABE = "Q15031", "Q132345"
THURSDAY = dt.date(2019, 6, 27)

BEFORE = {
    "de": "Den Mittwoch verbrachte Xi Jinping in Osaka. {opening} Shinzo Abe zu einem langen Gespräch.",
    "ru": "Среду Си Цзиньпин провел в Осаке. {opening} Синдзо Абэ.",
    "en": "Xi Jinping spent Wednesday in Osaka. {opening} Shinzo Abe for long talks.",
}
OPENINGS = {"de": ("Dort traf er", "Außerdem traf er"),
            "ru": ("Там он встретился с", "Кроме того, он встретился с"),
            "en": ("There he met", "He also met")}


def abe_meeting(language, opening):
    body = BEFORE[language].format(opening=opening)
    events = extract_article("t1", None, None, body, THURSDAY, language).events
    return next(e for e in events if {XI, ABE} <= e.participants)


@pytest.mark.parametrize("language", sorted(BEFORE))
def test_a_sentence_opening_on_there_takes_the_day_and_place_of_the_one_before(language):
    meeting = abe_meeting(language, OPENINGS[language][0])
    assert meeting.date is not None and meeting.date.first == dt.date(2019, 6, 26)
    assert meeting.location_id == "osaka"


@pytest.mark.parametrize("language", sorted(BEFORE))
def test_a_sentence_opening_otherwise_keeps_no_day_of_the_one_before(language):
    meeting = abe_meeting(language, OPENINGS[language][1])
    assert meeting.date is None or meeting.date.first != dt.date(2019, 6, 26)


def test_there_of_there_were_is_no_pointer_to_the_scene():
    body = "Xi Jinping spent Wednesday in Osaka. There were talks between Xi Jinping and Shinzo Abe."
    meeting = next(e for e in extract_article("t1", None, None, body, THURSDAY, "en").events
                   if {XI, ABE} <= e.participants)
    assert meeting.date is None or meeting.date.first != dt.date(2019, 6, 26)


def test_the_day_before_is_read_in_the_tense_of_the_report_that_goes_on_with_it():
    body = ("Xi Jinping spends the week in Japan. On Friday Xi Jinping moves on to Osaka. "
            "There he will meet Shinzo Abe for long talks.")
    meeting = next(e for e in extract_article("t1", None, None, body, THURSDAY, "en").events
                   if {XI, ABE} <= e.participants)
    assert meeting.date is not None and meeting.date.first == dt.date(2019, 6, 28)

"""A report that came "on the same day that" another act took place ("The meeting came on the same day
that the ministers held their council in X", "el mismo día en que ..."): the place in that clause is the
other act's, not the report's, which stays the event told before it (calendar.yaml ``same_day_as``,
dates_same_day.same_day_as_another_act, event_places.py). Fixtures written for these tests, with
other people and places than any page read; beside the look-alike in which "the same day" opens the
report's own clause, whose place is its own."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2019, 6, 13)
MODI, PUTIN = "Q1058", "Q7747"


def meetings(body, language):
    return [e for e in extract_article("t1", None, None, body, DAY, language).events if "meeting" in e.types()]


def test_the_place_of_the_other_act_on_the_same_day_is_not_the_meetings():
    found = meetings("President Vladimir Putin received Indian Prime Minister Narendra Modi in Moscow on "
                     "Wednesday. The meeting came on the same day that the two foreign ministers opened a "
                     "trade fair in Kazan.", "en")
    assert [e.location_id for e in found] == ["Q649"]


def test_spanish_same_day_clause_leaves_the_meeting_its_own_place():
    found = meetings("El presidente ruso, Vladímir Putin, recibió este miércoles en Moscú al primer ministro "
                     "indio, Narendra Modi. El encuentro se produjo el mismo día en que los cancilleres de "
                     "ambos países inauguraron una feria en Kazán.", "es")
    assert "kazan" not in {e.location_id for e in found}


def test_same_day_opening_the_reports_own_clause_keeps_its_place():
    found = meetings("President Vladimir Putin received Indian Prime Minister Narendra Modi on Wednesday. On "
                     "the same day Putin met the governor of Tatarstan in Kazan.", "en")
    assert "kazan" in {e.location_id for e in found}

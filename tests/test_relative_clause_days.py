"""The day of an event told inside a person's relative clause between commas is a day that clause
tells, and the main clause after the closing comma dates its own event word (relative_clause_days.py).
Fixtures written for these tests, with other gatherings, leaders and days than any page read; each
beside a look-alike whose clause tells no day of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

THURSDAY = dt.date(2024, 5, 16)
MONDAY, TUESDAY = dt.date(2024, 5, 13), dt.date(2024, 5, 14)


def days(text: str, language: str) -> dict[str, dt.date | None]:
    """Each report's type and its day."""
    return {m.event_type: m.date and m.date.first
            for m in extract_article("t1", None, None, text, THURSDAY, language).event_mentions}


@pytest.mark.parametrize("language, text", [
    # (a place between the clause's day and its event word: the main clause's day stood nearer)
    ("es", "Lula, que el martes había inaugurado en la misma capital la cumbre del Mercosur, recibió el lunes a "
           "Xi Jinping para unas conversaciones."),
    ("fr", "Lula, qui avait ouvert mardi dans la même capitale le sommet du Mercosur, a reçu lundi Xi Jinping "
           "pour des entretiens."),
    ("en", "Lula, who on Tuesday had opened in the same capital the Mercosur summit, received Xi Jinping on "
           "Monday for talks."),
])
def test_the_summit_in_the_relative_clause_keeps_its_day_and_the_talks_after_it_theirs(language, text):
    assert days(text, language) == {"summit": TUESDAY, "meeting": MONDAY}


def test_look_alike_a_relative_clause_whose_day_follows_a_list_keeps_that_day():
    """The comma after the first name closes no clause: the clause's Monday, after the list, is still
    its meeting's, and the main clause's Tuesday the summit's."""
    text = "Putin, quien se reunió con Xi Jinping, Narendra Modi y Lula el lunes, inauguró el martes la cumbre."
    assert days(text, "es") == {"meeting": MONDAY, "summit": TUESDAY}


def test_look_alike_no_relative_clause_the_nearest_day_stands():
    """No person's relative clause: the sentence's one day dates both words as before."""
    text = "Lula inauguró el martes la cumbre del Mercosur y recibió a Xi Jinping para unas conversaciones."
    assert days(text, "es")["summit"] == TUESDAY

"""An arrival whose day stands before its verb and place, with the gathering it is for after
them ("в среду прилетел в Ереван на саммит", "llegó el miércoles a Ereván para la cumbre"):
the summit is under way that day, at that place (extract/event_arrival_days.py, the languages'
``arrival_for``). Beside them, a look-alike whose summit is no aim of the arrival: one told
in another clause after it. (The Russian case is the one the cue
before the word decides; the others, dated so by other rules too, guard the same behaviour.)"""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

WEDNESDAY = dt.date(2030, 5, 15)


def _summit(body: str, language: str):
    events = extract_article("a", None, None, body, WEDNESDAY, language).events
    summits = [e for e in events if "summit" in e.types()]
    assert len(summits) == 1, [e.types() for e in events]
    return summits[0]


@pytest.mark.parametrize("body, language", [
    ("On Wednesday the Indian prime minister flew to Yerevan for the Eurasian Economic Union summit.", "en"),
    ("Премьер-министр Индии в среду прилетел в Ереван на саммит Евразийского экономического союза.", "ru"),
    ("El primer ministro de la India llegó el miércoles a Ereván para la cumbre de la Unión Económica Euroasiática.",
     "es"),
    ("Le Premier ministre indien est arrivé mercredi à Erevan pour le sommet de l'Union économique eurasiatique.",
     "fr"),
])
def test_an_arrival_for_a_summit_dates_and_places_it(body, language):
    summit = _summit(body, language)
    assert (summit.date.first, summit.date.last) == (WEDNESDAY, WEDNESDAY)
    assert summit.location_id == "Q1953"


def test_a_summit_after_the_arrival_in_another_clause_is_not_its_aim():
    summit = _summit("Премьер-министр Индии в среду прилетел в Ереван, где на следующей неделе пройдёт "
                     "саммит Евразийского экономического союза.", "ru")
    assert summit.date is None or summit.date.first != WEDNESDAY

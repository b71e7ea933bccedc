"""A traveller going back home after an event (extract/visit_returns.py, event_spans.yaml's `ended`):

"returned to Astana on Sunday after a three-day state visit to Japan" tells a visit to Japan that
ended on Sunday: home is not its place, and the day of the return is its last, the three days
counted back from it. Look-alike: going back to a city for an event told after it ("returned to
Brasilia for the Mercosur summit") keeps that city as the event's place and its day as its first.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MONDAY = dt.date(2031, 3, 10)


def _visit(body: str, language: str):
    events = extract_article("a", "Notes", None, body, MONDAY, language).events
    return next(e for e in events if e.types() & {"visit", "state_visit"})


def test_a_visit_one_returned_home_after_ended_on_the_day_of_return_where_it_was_held():
    visit = _visit("Kazakh President Kassym-Jomart Tokayev returned to Astana on Sunday after a three-day "
                   "state visit to Japan.", "en")
    assert visit.location_id == "japan"
    assert (visit.date.first, visit.date.last) == (dt.date(2031, 3, 7), dt.date(2031, 3, 9))


def test_the_home_city_told_nearer_the_visit_word_is_not_its_place_in_spanish():
    visit = _visit("El presidente brasileño, Luiz Inácio Lula da Silva, regresó ayer a Brasilia tras una visita "
                   "oficial de tres días a Francia.", "es")
    assert visit.location_id == "france"
    assert (visit.date.first, visit.date.last) == (dt.date(2031, 3, 7), dt.date(2031, 3, 9))


def test_going_back_to_a_city_for_an_event_keeps_the_city_as_its_place():
    events = extract_article("a", "Notes", None, "El presidente brasileño, Luiz Inácio Lula da Silva, regresó ayer "
                             "a Brasilia para la cumbre del Mercosur.", MONDAY, "es").events
    summit = next(e for e in events if "summit" in e.types())
    assert summit.location_id == "Q2844"
    assert summit.date.first == summit.date.last == dt.date(2031, 3, 9)


def test_anoche_is_the_night_before_the_page():
    visit = _visit("El presidente chileno, Gabriel Boric, regresó anoche a Santiago tras una visita de Estado "
                   "de dos días a Argentina.", "es")
    assert visit.location_id == "argentina"
    assert visit.date.last == dt.date(2031, 3, 9)

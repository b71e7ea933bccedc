"""A meeting told at a venue with its city after "de" in Spanish and French ("se reunieron en el
aeropuerto de Pekín", "à l'aéroport de Pékin"): the city is the meeting's place, as English "at the
airport in Beijing" was. Beside a look-alike whose city after "de" is no venue's (issue 25). Every
fixture is written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

HANOI, MOSCOW = "Q1858", "Q649"


def _places(body, language):
    events = extract_article("t1", None, None, body, dt.date(1966, 3, 5), language).events
    return {e.location_id for e in events if e.family == "gathering"}


def test_a_meeting_at_a_citys_airport_is_in_that_city():
    assert HANOI in _places("El 4 de marzo, Alekséi Kosygin y Zhou Enlai se reunieron en el aeropuerto de Hanói.", "es")
    assert HANOI in _places("Le 4 mars, Kossyguine et Chou En-lai se sont rencontrés à l'aéroport de Hanoï.", "fr")


def test_look_alike_a_city_named_as_a_delegations_origin_is_no_place():
    """ "recibió en el palacio a la delegación de Moscú": Moscow is where the guests come from."""
    assert MOSCOW not in _places("El 4 de marzo, Zhou Enlai se reunió en el palacio con la delegación de Moscú.", "es")

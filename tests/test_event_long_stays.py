"""A visit told to last four days or more and named with its country is placed in the country (a
stay that long tours it), not in the city of arrival or departure its sentence names; a shorter one
stays in its city."""
from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article


def _visits(body: str, published: dt.date, language: str = "en") -> list[tuple]:
    return [(e.location_id, e.date.first, e.date.last) for e in
            extract_article("a", None, None, body, published, language).events if e.family == "visit"]


def test_a_six_day_visit_to_russia_begun_in_moscow_is_in_russia():
    body = "Richard Nixon arrived in Moscow today for a six-day official visit to Russia."
    assert _visits(body, dt.date(1994, 1, 12)) == [("Q159", dt.date(1994, 1, 12), dt.date(1994, 1, 17))]


def test_a_three_day_state_visit_to_russia_begun_in_moscow_stays_in_moscow():
    body = "Richard Nixon arrived in Moscow today for a three-day state visit to Russia."
    assert _visits(body, dt.date(1994, 1, 12)) == [("Q649", dt.date(1994, 1, 12), dt.date(1994, 1, 14))]


def test_a_four_day_visit_ended_in_one_city_is_a_visit_of_its_country():
    body = "Richard Nixon a achevé samedi à Shanghai une visite de quatre jours en Chine."
    assert _visits(body, dt.date(1976, 2, 29), "fr")[0][0] == "Q148"


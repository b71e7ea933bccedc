"""A summit that its title or lead places in a country and another of its reports in a city of
that country is held in the city (extract/summit_cities.py); a visit told so stays in the
country that holds its stops. Texts written for the test."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
UZBEKISTAN, SAMARKAND = (CATALOG.named(name).entity_id for name in ("Uzbekistan", "Samarkand"))
MONDAY = dt.date(2031, 3, 10)


def _placed(title: str, body: str, language: str, kind: str) -> str | None:
    events = extract_article("x", title, None, body, MONDAY, language).events
    return next(e for e in events if e.mentions[0].event_type == kind and e.mentions[0].part != "body").location_id


def test_a_summit_placed_in_a_country_by_its_lead_and_in_a_city_there_by_its_day_is_in_the_city():
    title = "Vor dem SOZ-Gipfel: Tokajew und Mirsijojew demonstrieren Einigkeit"
    body = ("Kurz vor dem Gipfel der Schanghaier Organisation für Zusammenarbeit haben sich Kasachstans Präsident "
            "Kassym-Schomart Tokajew und Usbekistans Präsident Schawkat Mirsijojew in Usbekistan getroffen. "
            "Tokajew sagte am Montag, man stehe zusammen.\n\n"
            "Der Gipfel selbst beginnt am Dienstag in Samarkand und endet am Mittwoch in Taschkent.")
    assert _placed(title, body, "de", "summit") == SAMARKAND


def test_look_alike_a_state_visit_placed_in_a_country_stays_there():
    title = "Before the SCO summit, Tokayev begins state visit to Uzbekistan"
    body = ("Kazakh President Kassym-Jomart Tokayev began a state visit to Uzbekistan on Monday, before the summit "
            "of the Shanghai Cooperation Organisation.\n\nDuring the state visit he will go to Samarkand on Tuesday.")
    assert _placed(title, body, "en", "state_visit") == UZBEKISTAN

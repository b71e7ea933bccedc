"""An undated dateline with a colon for its dash, "TASHKENT: Leaders met ...", names the city the
story was filed from (text/page_datelines.py, colon_dateline_place), in Latin or Cyrillic capitals
and with French spacing ("HANOÏ : ..."). Texts written for these tests; each beside its look-alike:
a label in capitals with a colon ("UPDATE:", "WATCH:", "EDITOR'S NOTE:"), a country over a
section ("UZBEKISTAN:"), a city in a headline's capitals ("MINSK: the talks"), a city in running
text."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.datelines import dateline_place_line
from ruchina.extract.extraction import extract_article
from ruchina.text.page_datelines import opens_with_dateline

DAY = dt.date(2024, 7, 5)
SUMMIT = ("Heads of state of the regional grouping gathered at a lakeside residence on Friday for the second "
          "day of their summit, which Shavkat Mirziyoyev chaired.")


@pytest.mark.parametrize("body, expected", [
    (f"TASHKENT: {SUMMIT}", "Tashkent"),
    (f"ULAANBAATAR, Mongolia: {SUMMIT}", "Ulaanbaatar"),
    ("HANOÏ : Le président vietnamien a reçu vendredi son homologue biélorusse pour deux heures d'entretiens.",
     "Hanoï"),
    ("ТАШКЕНТ: Главы государств собрались в пятницу в загородной резиденции на второй день саммита.", "Ташкент"),
    # look-alikes: labels in capitals with a colon, a country over a section, a headline's city
    (f"UPDATE: {SUMMIT}", None),
    (f"WATCH: {SUMMIT}", None),
    (f"EDITOR'S NOTE: {SUMMIT}", None),
    (f"UZBEKISTAN: {SUMMIT}", None),
    ("MINSK: the talks nobody expected to happen", None),
    ("MINSK: Lukashenko hosts neighbours for talks on grain", None),
    # a city in running text, written as a name is, opens a sentence and is no dateline
    (f"Tashkent: {SUMMIT}", None),
])
def test_a_colon_dateline_names_its_city_and_a_label_names_none(body, expected):
    assert dateline_place_line(body) == expected
    assert opens_with_dateline(body) == (expected is not None)


def test_a_colon_dateline_places_the_summit_its_story_reports():
    extraction = extract_article("t", None, None, f"TASHKENT: {SUMMIT}", DAY, "en")
    main = next(event for event in extraction.events if event.main)
    assert main.location_id == "tashkent"
    # look-alike: the same story under a label places nothing
    extraction = extract_article("t", None, None, f"UPDATE: {SUMMIT}", DAY, "en")
    main = next((event for event in extraction.events if event.main), None)
    assert main is None or main.location_id is None

"""A main event whose sentences place it only in a country, under a dateline naming a city the
knowledge base puts in that country, happened in that city (issue 23 class 6): "talks in
Belarus" under "MINSK, Belarus" are talks in Minsk, the same place at a finer grain. The
look-alikes keep the sentences' place: a dateline city in another country (where the reporter
files from, not where the talks were), and a call, which has no place. Texts written for these
tests; Busan is a city the knowledge base now names, in South Korea."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
MINSK, BELARUS, BUSAN, SOUTH_KOREA = (CATALOG.named(name).entity_id
                                      for name in ("Minsk", "Belarus", "Busan", "South Korea"))
DAY = dt.date(2032, 6, 3)


def main_place(title: str, body: str) -> str | None:
    main = next(e for e in extract_article("line", title, None, body, DAY, "en").events if e.main)
    return main.location_id


def test_talks_placed_in_a_country_under_a_dateline_of_its_city_are_in_the_city():
    body = ("MINSK, Belarus, June 3 (Wirewire) - Vladimir Putin and Alexander Lukashenko agreed on Thursday "
            "to extend their gas deal by ten years.")
    assert main_place("Putin and Lukashenko hold talks in Belarus", body) == MINSK


def test_a_city_the_knowledge_base_names_refines_its_country():
    body = ("BUSAN, South Korea, June 3 (Wirewire) - Narendra Modi and Donald Trump agreed on Thursday "
            "to cut tariffs on steel.")
    assert main_place("Modi and Trump hold talks in South Korea", body) == BUSAN
    assert CATALOG.places_containing(BUSAN)[0] == SOUTH_KOREA


def test_a_dateline_city_in_another_country_leaves_the_sentences_place():
    body = ("BUSAN, South Korea, June 3 (Wirewire) - Vladimir Putin and Alexander Lukashenko agreed on Thursday "
            "to extend their gas deal by ten years.")
    assert main_place("Putin and Lukashenko hold talks in Belarus", body) == BELARUS


def test_a_call_is_placed_nowhere_whatever_the_dateline():
    body = ("MINSK, Belarus, June 3 (Wirewire) - Vladimir Putin and Alexander Lukashenko spoke by phone on Thursday "
            "about the gas deal.")
    assert main_place("Putin and Lukashenko hold phone call", body) is None

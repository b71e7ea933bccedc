"""A discovered name after "in" followed by a comma and its region ("in Tarvik, Nordmark", as US
and agency copy write a city with its state) is a place (issue 23 class 6): the capitalised
word after the comma is the region, not the rest of the name; the talks held there are placed
there. The look-alike: a capitalised word right after the name with no comma between leaves
it unknown, as before (it may run on: "in Tarvik Tuesday"). Texts written for the test."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities


def discovered_types(text: str) -> dict[str, str]:
    return {m.name: m.entity_type for m in link_entities(text, True, "en") if not m.linked}


def test_a_name_after_in_with_its_region_after_a_comma_is_a_place():
    assert discovered_types("Bankers in Tarvik, Nordmark, said the loan was late.").get("Tarvik") == "GPE"


def test_talks_in_a_city_written_with_its_region_are_placed_there():
    body = "Vladimir Putin and Alexander Lukashenko held talks in Tarvik, Nordmark, on Friday."
    main = next(e for e in extract_article("a", None, None, body, dt.date(2034, 5, 6), "en").events if e.main)
    assert main.location_id == "tarvik"


def test_a_capitalised_word_right_after_the_name_with_no_comma_leaves_it_unknown():
    assert discovered_types("Bankers in Tarvik Tuesday said the loan was late.").get("Tarvik") == "MISC"

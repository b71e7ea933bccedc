"""An island or province a dateline names ("BALI, Indonesia -") is a place the knowledge base
holds in its country: the day's talks are placed there, and reports naming only the country
do not disagree with it."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_reports import place_chain
from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog

TUESDAY = dt.date(2023, 9, 5)


def main_event(body: str):
    extraction = extract_article("t1", None, None, body, TUESDAY)
    return next(e for e in extraction.events if e.main)


def test_a_dateline_island_places_the_days_talks_in_it_and_its_country_holds_it():
    main = main_event("BALI, Indonesia - Vladimir Putin and Narendra Modi met for an hour on Tuesday at a resort "
                      "on the island, their first talks this year.")
    bali = entity_catalog().named("Bali")
    assert main.location_id == bali.entity_id
    assert entity_catalog().named("Indonesia").entity_id in place_chain(bali.entity_id)


def test_an_island_named_as_a_topic_places_nothing():
    main = main_event("Vladimir Putin and Narendra Modi held talks on Tuesday about Bali's tourism.")
    assert main.location_id is None

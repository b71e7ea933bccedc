"""A dateline city the knowledge base puts inside a region refines a sentence that places the
talks only in that region: "OMSK, Russia" above "talks in Siberia" are talks in Omsk (places.yaml
puts Siberia's regional capitals in Siberia, which is in Russia). The look-alike keeps the
sentences' place: a dateline city of the same country outside the region (Khabarovsk, in the
Far East) is where the reporter files from, not where the talks were. A state visit to such a
city is still paid to the country (event_state_hosts: the outermost place that holds it).
Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_state_hosts import visited_country
from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
OMSK, SIBERIA, RUSSIA, KHABAROVSK = (CATALOG.named(name).entity_id
                                     for name in ("Omsk", "Siberia", "Russia", "Khabarovsk"))
DAY = dt.date(2031, 9, 16)


def main_place(title: str, body: str) -> str | None:
    main = next(e for e in extract_article("region", title, None, body, DAY, "en").events if e.main)
    return main.location_id


def test_talks_in_a_region_under_a_dateline_of_its_city_are_in_the_city():
    body = ("OMSK, Russia - Vladimir Putin and Kassym-Jomart Tokayev ended two days of talks in Siberia on "
            "Tuesday by agreeing to share the water of the Irtysh.")
    assert main_place("Putin and Tokayev agree on river water", body) == OMSK
    assert CATALOG.places_containing(OMSK) == [SIBERIA, RUSSIA]


def test_a_dateline_city_outside_the_region_leaves_the_sentences_place():
    body = ("KHABAROVSK, Russia - Vladimir Putin and Kassym-Jomart Tokayev ended two days of talks in Siberia on "
            "Tuesday by agreeing to share the water of the Irtysh.")
    assert main_place("Putin and Tokayev agree on river water", body) == SIBERIA


def test_a_state_visit_to_a_city_of_a_region_is_paid_to_the_country():
    assert visited_country(CATALOG, OMSK, True).entity_id == RUSSIA
    assert visited_country(CATALOG, KHABAROVSK, True).entity_id == RUSSIA
    assert visited_country(CATALOG, OMSK, False) is None

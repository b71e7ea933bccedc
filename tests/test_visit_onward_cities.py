"""A visit whose visitor the article tells going on to another city of the same country during it
("is to go on to Shanghai on Thursday", "will spend the weekend in Saint Petersburg") is placed in the
country (extract/visit_onward_cities.py), and its row keeps the country though its talks are all in
the first city (corpus/event_rows.py, corpus/event_parts.py). Fixtures written for these tests, each
beside a look-alike that must not trigger: a city of another country, someone else's travel, a stop
after the visit's last day."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.events_table import merged_events
from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog

SATURDAY = dt.date(2011, 4, 9)
ARRIVAL = ("Dilma Rousseff lands in Beijing on Monday for a four-day state visit and will hold talks with "
           "Hu Jintao that afternoon.")


def place(name: str) -> str:
    return entity_catalog().named(name).entity_id


def visit(body: str, published=SATURDAY):
    (found,) = [e for e in extract_article("v1", None, None, body, published, "en").events if e.family == "visit"]
    return found


def test_a_visitor_going_on_to_another_city_of_the_country_places_the_visit_in_the_country():
    found = visit(ARRIVAL + " Rousseff is expected to go on to Shanghai on Wednesday before flying home.")
    assert found.location_id == place("China")
    assert (found.date.first, found.date.last) == (dt.date(2011, 4, 11), dt.date(2011, 4, 14))


def test_leaving_the_city_for_another_and_spending_days_there_tell_the_same():
    assert visit(ARRIVAL + " Rousseff is due to leave Beijing for Shanghai on Thursday.").location_id == place("China")
    moscow = ("Dilma Rousseff arrived in Moscow on Monday for a five-day visit. Rousseff will spend the weekend in "
              "Saint Petersburg.")
    assert visit(moscow, dt.date(2011, 4, 11)).location_id == place("Russia")


def test_a_city_of_another_country_keeps_the_visit_in_its_city():
    found = visit(ARRIVAL + " Rousseff is expected to go on to Tokyo on Thursday.")
    assert found.location_id == place("Beijing")


def test_someone_elses_travel_keeps_the_visit_in_its_city():
    found = visit(ARRIVAL + " Her host Hu Jintao flies to Shanghai on Wednesday for a trade fair.")
    assert found.location_id == place("Beijing")


def test_a_stop_after_the_visit_keeps_it_in_its_city():
    body = ("Dilma Rousseff lands in Beijing on Monday for a two-day state visit. Rousseff will go on to Shanghai "
            "on Saturday for a business forum after a stop in Seoul.")
    assert visit(body).location_id == place("Beijing")


def test_the_row_keeps_the_country_beside_reports_and_talks_in_the_first_city():
    preview = ARRIVAL + " Rousseff is expected to go on to Shanghai on Thursday."
    held = ("Dilma Rousseff arrived in Beijing on Monday for a four-day state visit and held talks with Hu Jintao "
            "in the Great Hall of the People.")
    extractions = [extract_article("a0", None, None, preview, SATURDAY, "en"),
                   extract_article("a1", None, None, held, dt.date(2011, 4, 12), "en")]
    names = {m.entity_id: m.name for x in extractions for m in x.mentions}
    visits = [e for e in merged_events(extractions, names) if e.event_type in ("state_visit", "visit")]
    (row,) = [e for e in visits if len(e.article_ids) == 2]
    assert row.location_id == place("China")

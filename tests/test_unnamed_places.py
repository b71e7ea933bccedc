"""A venue places its event in the knowledge base's city of it, whether or not the article
names the city; the entities table then holds that city, so that every events row's place
resolves (corpus/unnamed_places.py)."""

from __future__ import annotations

import datetime as dt

from ruchina.checks.schema import schema_findings
from ruchina.corpus.entities_table import entities_table
from ruchina.corpus.events_table import events_table, merged_events
from ruchina.extract.extraction import extract_article

MONDAY = dt.date(2023, 3, 6)


def tables(*bodies: str):
    extractions = [extract_article(f"a{n}", None, None, body, MONDAY) for n, body in enumerate(bodies)]
    names = {m.entity_id: m.name for x in extractions for m in x.mentions}
    events = merged_events(extractions, names)
    entities = entities_table(extractions, events).to_pandas()
    return events, entities, events_table(events).to_pandas()


def test_a_city_named_only_through_its_venue_is_the_events_place_and_an_entity():
    events, entities, frame = tables("Vladimir Putin held talks with Kassym-Jomart Tokayev at Constantine Palace "
                                     "on Monday.")
    (talks,) = [e for e in events if e.event_type == "meeting"]
    city = entities.set_index("entity_id").loc[talks.location_id]
    assert city["name"] == "Saint Petersburg" and bool(city["linked"])
    assert city["n_mentions"] >= 1 and list(city["article_ids"]) == ["a0"]
    assert talks.event_id.endswith("-saint-petersburg"), "the id names the city, not a bare slug"
    assert "Constantine Palace" in talks.evidence, "the evidence still shows the venue"
    assert not schema_findings({"entities": entities, "events": frame})


def test_a_city_the_article_names_too_is_counted_as_named_once():
    events, entities, _ = tables("Vladimir Putin held talks with Kassym-Jomart Tokayev at Bocharov Ruchei "
                                 "in Sochi on Monday.")
    (talks,) = [e for e in events if e.event_type == "meeting"]
    city = entities.set_index("entity_id").loc[talks.location_id]
    assert city["name"] == "Sochi" and city["n_mentions"] == 1


def test_a_venue_the_knowledge_base_puts_in_no_city_stays_the_place():
    events, entities, frame = tables("Vladimir Putin held talks with Kassym-Jomart Tokayev at Novo-Ogaryovo "
                                     "on Monday.")
    (talks,) = [e for e in events if e.event_type == "meeting"]
    assert entities.set_index("entity_id").loc[talks.location_id, "name"] == "Novo-Ogaryovo"
    assert not schema_findings({"entities": entities, "events": frame})

"""A curated entity's Wikidata id is its id in every table; an entity without one is named by a
slug of its name. The ids are curated data (knowledge/entities.yaml), so these tests build a
catalogue from made-up entries rather than assert any real entity's id."""

from __future__ import annotations

import re

import pytest

from ruchina.errors import RuchinaError
from ruchina.knowledge import base


def _catalog_of(monkeypatch, entries):
    # The catalogue of these entries alone: no language file may name entities they lack, and
    # the cached catalogue of the real knowledge base is left as it is.
    monkeypatch.setattr(base, "_entity_entries", lambda: tuple(entries))
    monkeypatch.setattr(base, "entity_name_languages", lambda: ())
    return base.entity_catalog.__wrapped__()


def test_a_verified_id_names_the_entity_and_a_look_alike_without_one_keeps_a_slug(monkeypatch):
    catalog = _catalog_of(monkeypatch, [
        {"name": "Port Saltmere", "type": "GPE", "wikidata": "Q987654321"},
        {"name": "Port Saltmere Bay", "type": "LOC", "located_in": "Port Saltmere"},
    ])
    town, bay = catalog.named("Port Saltmere"), catalog.named("Port Saltmere Bay")
    assert (town.entity_id, town.wikidata_id) == ("Q987654321", "Q987654321")
    assert (bay.entity_id, bay.wikidata_id) == ("port-saltmere-bay", None)
    # a place inside a place with an id points at that id, not at the container's slug
    assert catalog.places_containing(bay.entity_id) == ["Q987654321"]


def test_one_wikidata_id_given_to_two_entries_is_refused(monkeypatch):
    with pytest.raises(RuchinaError, match="Q987654321"):
        _catalog_of(monkeypatch, [
            {"name": "Port Saltmere", "type": "GPE", "wikidata": "Q987654321"},
            {"name": "Saltmere Harbour Authority", "type": "ORG", "wikidata": "Q987654321"},
        ])


def test_every_id_in_the_knowledge_base_is_used_once_and_is_its_entity_id():
    entries = base.read_knowledge_file("entities")["entities"]
    ids = [entry["wikidata"] for entry in entries if "wikidata" in entry]
    assert len(ids) == len(set(ids)), "a Wikidata id names one entity"
    assert all(re.fullmatch(r"Q[1-9][0-9]*", wikidata) for wikidata in ids)
    catalog = base.entity_catalog()
    for entry in entries:
        entity = catalog.named(entry["name"])
        assert entity.entity_id == entry.get("wikidata", base.slugify(entry["name"]))

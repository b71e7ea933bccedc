"""The curated knowledge base is well-formed: a curator's typo fails here, not in a build."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import yaml

import ruchina.knowledge
from ruchina.knowledge.anchors import anchors
from ruchina.knowledge.base import boilerplate_patterns, entity_catalog, languages, outlets, read_knowledge_file
from ruchina.knowledge.name_rules import name_rules
from ruchina.vocabulary import ENTITY_TYPES


def test_entities_have_unique_ids_types_and_valid_wikidata_ids():
    catalog = entity_catalog()
    assert len(catalog.entities) > 150, "seeded broadly for the field"
    for entity in catalog.entities.values():
        assert entity.entity_type in ENTITY_TYPES
        assert entity.wikidata_id is None or re.fullmatch(r"Q[0-9]+", entity.wikidata_id)
        assert re.fullmatch(r"Q[0-9]+|[a-z0-9]+(?:-[a-z0-9]+)*", entity.entity_id)


def test_no_alias_names_two_entities():
    owners = Counter(
        alias for e in entity_catalog().entities.values() for alias in {e.name, *e.aliases}
    )
    assert [alias for alias, n in owners.items() if n > 1] == []


def test_the_field_is_covered():
    by_type = Counter(e.entity_type for e in entity_catalog().entities.values())
    assert by_type["PERSON"] >= 30 and by_type["GPE"] >= 50 and by_type["ORG"] >= 25


def test_anchors_parse_and_have_patterns():
    found = anchors()
    assert {"victory-in-europe-1945", "belt-and-road-launch", "sco-founding"} <= {a.anchor_id for a in found}
    assert all(a.patterns and 1900 <= a.year <= 2100 for a in found)


def test_outlets_map_each_domain_once():
    entries = read_knowledge_file("outlets")["outlets"]
    domains = Counter(d for e in entries for d in e.get("domains", []))
    assert [d for d, n in domains.items() if n > 1] == []
    assert outlets().from_host("www.reuters.com") == "Reuters"
    assert outlets().from_host("english.news.cn") == "Xinhua"


def test_other_files_load():
    assert boilerplate_patterns() and languages() and name_rules().titles


class _KeysTwiceLoader(yaml.SafeLoader):
    """Records every mapping key given twice: PyYAML keeps the last silently, so a merge of two branches that
    both added one entry (or a curator's second line for a name) would drop the first line's forms unseen."""

    twice: list[str] = []

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                self.twice.append(f"{Path(self.name).name} line {key_node.start_mark.line + 1}: {key!r}")
            seen.add(key)
        return super().construct_mapping(node, deep)


def test_no_knowledge_file_gives_one_key_twice():
    folder = Path(ruchina.knowledge.__file__).parent
    _KeysTwiceLoader.twice = []
    for path in sorted(folder.glob("*.yaml")):
        with path.open(encoding="utf-8") as handle:
            yaml.load(handle, Loader=_KeysTwiceLoader)
    assert _KeysTwiceLoader.twice == []


def test_a_key_given_twice_is_caught():
    _KeysTwiceLoader.twice = []
    yaml.load("aliases:\n  Kremlin: [Kreml]\n  Kremlin: [Kremlin]\n", Loader=_KeysTwiceLoader)
    assert _KeysTwiceLoader.twice == ["<unicode string> line 3: 'Kremlin'"]


def _lists_naming_one_entry_twice(data, where: str = "") -> list[str]:
    found = []
    if isinstance(data, dict):
        for key, value in data.items():
            found += _lists_naming_one_entry_twice(value, f"{where}/{key}")
    elif isinstance(data, list):
        names = [item["name"] for item in data if isinstance(item, dict) and "name" in item]
        found += [f"{where}: {name!r}" for name in sorted({n for n in names if names.count(n) > 1})]
        for item in data:
            found += _lists_naming_one_entry_twice(item, where)
    return found


def test_no_knowledge_list_names_one_entry_twice():
    """Two branches may each add the same place or person ("Chebarkul" once came in twice): the
    second entry's spellings would be read as well or not at all, depending on the reader."""
    folder = Path(ruchina.knowledge.__file__).parent
    twice = [f"{path.name}{entry}" for path in sorted(folder.glob("*.yaml"))
             for entry in _lists_naming_one_entry_twice(yaml.safe_load(path.read_text(encoding="utf-8")))]
    assert twice == []


def test_an_entry_named_twice_in_one_list_is_caught():
    assert _lists_naming_one_entry_twice({"places": [{"name": "Kazan"}, {"name": "Ufa"}, {"name": "Kazan"}]}) \
        == ["/places: 'Kazan'"]

"""knowledge/names.yaml, read once: the words that tell a discovered name from ordinary
capitalised text (titles, cue words, head words of organisations and places, words that are
never names). name_discovery.py and name_cutting.py apply them; linking.py reads the particles
and titles around known names.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ruchina.knowledge.base import read_knowledge_file


@dataclass(frozen=True)
class NameRules:
    """names.yaml: the words that tell a discovered name from ordinary capitalised text."""

    titles: frozenset[str]
    title_modifiers: frozenset[str]
    person_cues_before: frozenset[str]
    person_cues_after: frozenset[str]
    given_names: frozenset[str]
    heads: dict[str, str]  # last word of a name -> entity type
    document_heads: frozenset[str]
    connectors: frozenset[str]
    not_names: frozenset[str]
    generic_words: frozenset[str]
    groups: frozenset[str]
    common_acronyms: frozenset[str]
    combining_forms: frozenset[str]
    adjective_suffixes: frozenset[str]
    vocatives: tuple[str, ...]
    common_noun_endings: frozenset[str]
    number_units: frozenset[str]
    #: the language these rules are written for: names are discovered in its texts only
    language: str = "en"
    #: lower-case words after a name that make it a made thing (a weapon, a vehicle), not an entity
    thing_kinds: frozenset[str] = frozenset()
    #: words after which the rest of the clause is a title or a slogan, not names
    title_cues: frozenset[str] = frozenset()
    #: lower-case words a name goes on over after an organisation's or event's head word
    head_connectors: frozenset[str] = frozenset()
    #: lower-case words inside a person's name that join its parts ("bin", "van")
    name_particles: frozenset[str] = frozenset()
    #: kin right after "whose" after a name ("X, whose daughter ..."): a person's
    kin_after_whose: frozenset[str] = frozenset()


@lru_cache(maxsize=None)
def name_rules() -> NameRules:
    data = read_knowledge_file("names")
    heads = {}
    for key, entity_type in (("org_heads", "ORG"), ("fac_heads", "FAC"), ("loc_heads", "LOC"), ("event_heads", "EVENT")):
        for word in data.get(key, []):
            heads.setdefault(word, entity_type)

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w) for w in data.get(key) or [])

    return NameRules(
        titles=words("titles"),
        title_modifiers=words("title_modifiers"),
        person_cues_before=frozenset(w.lower() for w in data["person_cues"]["before"]),
        person_cues_after=frozenset(w.lower() for w in data["person_cues"]["after"]),
        kin_after_whose=frozenset(w.lower() for w in data["person_cues"].get("kin_after_whose") or ()),
        given_names=words("given_names"),
        heads=heads,
        document_heads=words("document_heads"),
        connectors=words("connectors"),
        not_names=words("not_names"),
        generic_words=words("generic_words"),
        groups=words("groups"),
        common_acronyms=words("common_acronyms"),
        combining_forms=words("combining_forms"),
        adjective_suffixes=words("adjective_suffixes"),
        vocatives=tuple(sorted(words("vocatives"), key=len, reverse=True)),
        common_noun_endings=words("common_noun_endings"),
        number_units=words("number_units"),
        language=str(data.get("language", "en")),
        thing_kinds=words("thing_kinds"),
        title_cues=words("title_cues"),
        head_connectors=words("head_connectors"),
        name_particles=words("name_particles"),
    )

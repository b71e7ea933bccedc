"""The curated knowledge base: data files under ``ruchina/knowledge/``.

Knowledge (outlet names, boilerplate lines, languages, the entities and their names in
each language) is data a curator edits; the code that applies it lives in the modules that
use it. Each file is read once per process. The rules for discovering names are read by
name_rules.py, the anniversary anchors by anchors.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ruchina.errors import RuchinaError
from ruchina.vocabulary import ENTITY_TYPES

# libyaml's loader when PyYAML was built with it: the knowledge base loads ten times faster.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_knowledge_file(name: str) -> dict[str, Any]:
    """Parse ``knowledge/<name>.yaml`` from the installed package."""
    resource = resources.files("ruchina") / "knowledge" / f"{name}.yaml"
    try:
        data = yaml.load(resource.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except (OSError, yaml.YAMLError) as error:
        raise RuchinaError(f"knowledge/{name}.yaml: cannot be read ({error}); fix or restore the file") from error
    if not isinstance(data, dict):
        raise RuchinaError(f"knowledge/{name}.yaml: expected a mapping at the top level")
    return data


@dataclass(frozen=True)
class Outlets:
    by_domain: dict[str, str]
    by_alias: dict[str, str]

    def from_host(self, host: str) -> str | None:
        """The outlet for a URL host, trying the host and each parent domain."""
        labels = host.lower().rstrip(".").split(".")
        for start in range(len(labels) - 1):
            name = self.by_domain.get(".".join(labels[start:]))
            if name:
                return name
        return None

    def from_name(self, text: str) -> str | None:
        """The canonical outlet for a name as printed ("THE WASHINGTON EXAMINER")."""
        return self.by_alias.get(_fold_name(text))


def _fold_name(text: str) -> str:
    return " ".join(re.sub(r"[^\w/' ]", " ", text.casefold()).split())


@lru_cache(maxsize=None)
def outlets() -> Outlets:
    by_domain: dict[str, str] = {}
    by_alias: dict[str, str] = {}
    for entry in read_knowledge_file("outlets")["outlets"]:
        name = entry["name"]
        for domain in entry.get("domains", []):
            by_domain[domain.lower()] = name
        for alias in [name, *entry.get("aliases", [])]:
            by_alias[_fold_name(alias)] = name
    return Outlets(by_domain, by_alias)


@lru_cache(maxsize=None)
def boilerplate_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in read_knowledge_file("boilerplate")["patterns"])


@dataclass(frozen=True)
class Language:
    code: str
    script: str
    stopwords: frozenset[str]
    #: words that end with a period without ending a sentence (lower-cased, no final period)
    abbreviations: frozenset[str] = frozenset()
    #: nouns counted with an ordinal and its stop ("80. Jahrestag"): the stop ends no sentence
    ordinal_nouns: frozenset[str] = frozenset()


@lru_cache(maxsize=None)
def languages() -> tuple[Language, ...]:
    entries = read_knowledge_file("languages")["languages"]
    for entry in entries:
        for key in ("stopwords", "abbreviations", "ordinal_nouns"):
            odd = [word for word in entry.get(key, []) if not isinstance(word, str)]
            if odd:
                raise RuchinaError(f"knowledge/languages.yaml: {entry['code']} {key} {odd} were read as "
                                   "YAML values, not words; quote them (\"on\", \"no\")")
    return tuple(
        Language(
            entry["code"],
            entry["script"],
            frozenset(entry.get("stopwords", [])),
            frozenset(str(word).lower() for word in entry.get("abbreviations", [])),
            frozenset(str(word).lower() for word in entry.get("ordinal_nouns", [])),
        )
        for entry in entries
    )


# --- entities -------------------------------------------------------------------


@dataclass(frozen=True)
class KnownEntity:
    entity_id: str
    name: str
    entity_type: str
    wikidata_id: str | None
    aliases: tuple[str, ...]
    short_forms: tuple[str, ...]
    context: tuple[str, ...]
    demonyms: tuple[str, ...]
    role: str | None
    locative_sense: str | None
    located_in: str | None = None
    #: a recurring event's one place, where every edition is held (the Eastern Economic Forum: Vladivostok)
    held_in: str | None = None
    #: a country's capital city ("the Tajik capital" is Dushanbe)
    capital: str | None = None
    #: a wide region (a continent, the Far East): before a gathering's noun it names the
    #: gathering ("the Far East forum", "an Arctic forum"), not where it is held
    region: bool = False
    #: of a place, a leader's residence where he receives guests for talks away from his offices
    #: (the Fort de Brégançon): talks there are his meeting, and "this visit" refers back to them
    residence: bool = False
    #: of a person, the year he died: he takes part in no event of a later year
    died: int | None = None
    #: its names in other languages (knowledge/entities_<language>.yaml), every language's
    names_in_languages: tuple[str, ...] = ()

    @property
    def office_country(self) -> str | None:
        """The country whose office its role names ("Minister of Foreign Affairs of China":
        China; "President of the United States": United States); None for a role of no
        country ("Kremlin spokesman") or none."""
        if not self.role or " of " not in self.role:
            return None
        return self.role.rsplit(" of ", 1)[-1].removeprefix("the ")


@lru_cache(maxsize=65536)
def slugify(name: str) -> str:
    """A stable id from a name: lower-case ASCII words joined by hyphens. (Cached: the
    merge names each of 100,000 events by a place from a short list.)"""
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "entity"


@dataclass(frozen=True)
class EntityCatalog:
    entities: dict[str, KnownEntity]  # by entity_id
    by_name: dict[str, KnownEntity]  # by canonical name

    def get(self, entity_id: str) -> KnownEntity | None:
        return self.entities.get(entity_id)

    def named(self, name: str) -> KnownEntity:
        return self.by_name[name]

    def places_containing(self, entity_id: str) -> list[str]:
        """The ids of the places that contain a place, nearest first (Red Square: Moscow, Russia)."""
        chain, entity = [], self.entities.get(entity_id)
        while entity is not None and entity.located_in and len(chain) < 10:
            entity = self.by_name[entity.located_in]
            chain.append(entity.entity_id)
        return chain


@lru_cache(maxsize=None)
def _official_roles() -> frozenset[str]:
    return frozenset(word.lower() for word in read_knowledge_file("entities").get("official_roles") or [])


def office_countries(people) -> set[str]:
    """The countries whose office these people hold, as the knowledge base gives their roles
    (KnownEntity.office_country)."""
    catalog = entity_catalog()
    return {country for person in people
            if (entity := catalog.get(person)) is not None and (country := entity.office_country)}


@lru_cache(maxsize=4096)
def country_of(place: str) -> str | None:
    """The name of the country holding a place (itself where it is one): the last of its chain of
    `located_in`, when the knowledge base knows that as a country (a GPE inside nothing)."""
    catalog = entity_catalog()
    top = catalog.get((place, *catalog.places_containing(place))[-1])
    return top.name if top is not None and top.located_in is None and top.entity_type == "GPE" else None


def is_official(person: str) -> bool:
    """Whether the knowledge base gives the person an official's role ("Minister of ...",
    "Kremlin spokesman"): an official signs or speaks at a summit but is none of its leaders."""
    entity = entity_catalog().get(person)
    role = entity.role if entity is not None else None
    return bool(role) and role.split()[0].lower() in _official_roles()


@lru_cache(maxsize=None)
def _entity_entries() -> tuple[dict, ...]:
    """The entries of knowledge/entities.yaml and the places of knowledge/places.yaml it lacks,
    read once (the catalogue and every language's names check against them; read for each,
    they were half the first article's time)."""
    entries = [dict(entry) for entry in read_knowledge_file("entities")["entities"]]
    return tuple(entries + _new_places(entries))


@lru_cache(maxsize=None)
def _place_entries() -> tuple[dict, ...]:
    return tuple(read_knowledge_file("places")["places"])


def _new_places(entries: list[dict]) -> list[dict]:
    """knowledge/places.yaml's places as entities.yaml entries (its header says what each key
    means); a capital becomes its country's `capital` where the country names none. A place
    entities.yaml already has is left to it: here, only its names in other languages."""
    by_name = {entry["name"]: entry for entry in entries}
    added = []
    for place in _place_entries():
        name = place["name"]
        if name in by_name:
            extra = set(place) - {"name", *entity_name_languages()}
            if extra:
                raise RuchinaError(f"knowledge/places.yaml: {name!r} is in entities.yaml, which keeps its "
                                   f"{', '.join(sorted(extra))}; only its names in other languages belong here")
            continue
        entry = {"name": name, "type": place.get("type", "GPE"), "aliases": list(place.get("aliases") or [])}
        if place.get("wikidata"):
            entry["wikidata"] = place["wikidata"]
        if place.get("in"):
            entry["located_in"] = place["in"]
            country = by_name.get(place["in"])
            if place.get("capital") and country is not None and not country.get("capital"):
                country["capital"] = name
        by_name[name] = entry
        added.append(entry)
    return added


@lru_cache(maxsize=None)
def entity_catalog() -> EntityCatalog:
    entities: dict[str, KnownEntity] = {}
    by_name: dict[str, KnownEntity] = {}
    for entry in _entity_entries():
        entity_type = entry["type"]
        if entity_type not in ENTITY_TYPES:
            raise RuchinaError(f"knowledge/entities.yaml: {entry['name']!r} has unknown type {entity_type!r}")
        wikidata = entry.get("wikidata")
        entity = KnownEntity(
            entity_id=wikidata or slugify(entry["name"]),
            name=entry["name"],
            entity_type=entity_type,
            wikidata_id=wikidata,
            aliases=tuple(entry.get("aliases", [])),
            short_forms=tuple(entry.get("short_forms", [])),
            context=tuple(entry.get("context", [])),
            demonyms=tuple(entry.get("demonyms", [])),
            role=entry.get("role"),
            locative_sense=entry.get("locative_sense"),
            located_in=entry.get("located_in"),
            held_in=entry.get("held_in"),
            capital=entry.get("capital"),
            region=bool(entry.get("region", False)),
            residence=bool(entry.get("residence", False)),
            died=entry.get("died"),
        )
        if entity.entity_id in entities:
            raise RuchinaError(f"knowledge/entities.yaml: {entity.name!r} repeats the id {entity.entity_id}")
        entities[entity.entity_id] = entity
        by_name[entity.name] = entity
    for entity in entities.values():
        references = (entity.locative_sense, entity.located_in, entity.held_in, entity.capital)
        for name in (*entity.context, *filter(None, references)):
            if name not in by_name:
                raise RuchinaError(f"knowledge/entities.yaml: {entity.name!r} refers to unknown entity {name!r}")
    foreign: dict[str, list[str]] = {}
    for language in entity_name_languages():
        for name, names in language_names(language).names.items():
            foreign.setdefault(name, []).extend(n for n in names if n not in foreign.get(name, ()))
    for name, names in foreign.items():
        entity = by_name[name]
        entity = replace(entity, names_in_languages=tuple(names))
        entities[entity.entity_id] = by_name[name] = entity
    return EntityCatalog(entities, by_name)


# --- language resources -----------------------------------------------------------


def calendar_entry(language: str) -> dict[str, Any]:
    """One language's entry of calendar.yaml ({} where it has none)."""
    return (read_knowledge_file("calendar").get("languages") or {}).get(language) or {}


def knowledge_file_exists(name: str) -> bool:
    return (resources.files("ruchina") / "knowledge" / f"{name}.yaml").is_file()


def _knowledge_names(prefix: str) -> list[str]:
    folder = resources.files("ruchina") / "knowledge"
    return sorted(entry.name[len(prefix):-len(".yaml")] for entry in folder.iterdir()
                  if entry.name.startswith(prefix) and entry.name.endswith(".yaml"))


@lru_cache(maxsize=None)
def event_languages() -> tuple[str, ...]:
    """The languages with event words (knowledge/events_<code>.yaml): the languages whose
    articles get language-specific extraction (events, discovered names, claims)."""
    return tuple(_knowledge_names("events_"))


def has_language_resources(language: str | None) -> bool:
    """Whether ruchina has language resources for ``language`` (an ISO 639-1 code)."""
    return language in event_languages()


@lru_cache(maxsize=None)
def entity_name_languages() -> tuple[str, ...]:
    """The languages with names of the knowledge base's entities (entities_<code>.yaml)."""
    return tuple(_knowledge_names("entities_"))


@dataclass(frozen=True)
class LanguageNames:
    """knowledge/entities_<language>.yaml: the entities' names in one language and how its
    words inflect (the file's header says what each key means)."""

    language: str
    #: canonical (English) name -> names in this language, in dictionary form
    names: dict[str, tuple[str, ...]]
    min_stem: int
    dictionary_endings: tuple[str, ...]
    endings: tuple[str, ...]
    #: words right before a name that make it a place (its `locative_sense`)
    locative_before: tuple[str, ...] = ()
    #: whether the language puts spaces between words: without (Chinese), a name matches
    #: where it stands, with no word boundary around it
    word_boundaries: bool = True
    #: canonical name -> forms that count only where the article names the entity in full
    #: or its context ("俄" for Russia): linking.py's rule for short forms
    short_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)


@lru_cache(maxsize=None)
def language_names(language: str) -> LanguageNames:
    file = f"knowledge/entities_{language}.yaml"
    data = read_knowledge_file(f"entities_{language}")
    inflection = data.get("inflection") or {}
    known = {entry["name"] for entry in _entity_entries()}

    def forms_of(key: str) -> dict[str, tuple[str, ...]]:
        found = {}
        for name, forms in (data.get(key) or {}).items():
            if name not in known:
                raise RuchinaError(f"{file}: {name!r} is not a canonical name of knowledge/entities.yaml")
            if not isinstance(forms, list) or not all(isinstance(f, str) and f.strip() for f in forms):
                raise RuchinaError(f"{file}: the names of {name!r} must be a list of text")
            found[name] = tuple(forms)
        return found

    names, short_forms = forms_of("entities"), forms_of("short_forms")
    for place in _place_entries():  # (knowledge/places.yaml: each place's names in this language)
        forms = place.get(language) or []
        if not isinstance(forms, list) or not all(isinstance(f, str) and f.strip() for f in forms):
            raise RuchinaError(f"knowledge/places.yaml: the {language} names of {place['name']!r} must be a list of text")
        if forms:
            names[place["name"]] = tuple(dict.fromkeys((*names.get(place["name"], ()), *forms)))
    if not isinstance(data.get("word_boundaries", True), bool):
        raise RuchinaError(f"{file}: word_boundaries must be true or false")
    return LanguageNames(
        language=language,
        names=names,
        min_stem=int(inflection.get("min_stem", 3)),
        # longest first, so that "ая" is taken off before "я"
        dictionary_endings=tuple(sorted(map(str, inflection.get("dictionary_endings") or ()), key=len, reverse=True)),
        endings=tuple(sorted(map(str, inflection.get("endings") or ()), key=len, reverse=True)),
        locative_before=tuple(map(str, data.get("locative_before") or ())),
        word_boundaries=data.get("word_boundaries", True),
        short_forms=short_forms,
    )

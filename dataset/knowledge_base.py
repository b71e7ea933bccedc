"""The curated knowledge base: data files under ``ruchina/knowledge/``.

Knowledge (outlet names, boilerplate lines, language stopwords, later entities and
anniversary anchors) is data a curator edits; the code that applies it lives in the
modules that use it. Each file is read once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from .errors import RuchinaError


def read_knowledge_file(name: str) -> dict[str, Any]:
    """Parse ``knowledge/<name>.yaml`` from the installed package."""
    resource = resources.files("ruchina") / "knowledge" / f"{name}.yaml"
    try:
        data = yaml.safe_load(resource.read_text(encoding="utf-8"))
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


@lru_cache(maxsize=None)
def languages() -> tuple[Language, ...]:
    return tuple(
        Language(entry["code"], entry["script"], frozenset(entry.get("stopwords", [])))
        for entry in read_knowledge_file("languages")["languages"]
    )

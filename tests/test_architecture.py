"""The layout holds to docs/ARCHITECTURE.md: every module imports only from its own folder,
the folders listed before it, and the foundation modules; nothing imports the CLI but
`python -m ruchina` and the CLI's reference (docs/cli.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import PROJECT

#: Modules any layer may import: they import nothing of ruchina but each other.
FOUNDATION = ("ruchina.errors", "ruchina.faults", "ruchina.atomic", "ruchina.vocabulary", "ruchina.checks.finding")
#: The only modules that import the CLI: the one that runs it (`python -m ruchina`) and the
#: one that writes its reference (`python -m ruchina.cli_reference`); the library never does.
CLI_IMPORTERS = ("ruchina.__main__", "ruchina.cli_reference")
#: The layers, lowest first (docs/ARCHITECTURE.md, "Folders and the rule of dependency").
LAYERS = ("read", "knowledge", "text", "similarity", "extract", "schemas", "corpus", "checks", "store", "publish",
          "pipeline", "api")


def module_name(path: Path) -> str:
    relative = path.relative_to(PROJECT).with_suffix("")
    top, *parts = relative.parts
    prefix = {"dataset": ["ruchina"], "schemas": ["ruchina", "schemas"], "checks": ["ruchina", "checks"]}[top]
    return ".".join(prefix + [p for p in parts if p != "__init__"])


def layer_of(module: str) -> str | None:
    """The layer of a ruchina module; None for the foundation modules. A module directly in
    dataset/ (the package's front: ``ruchina``, ``ruchina.repository``, ``ruchina.cli``) is the api."""
    if any(module == f or module.startswith(f + ".") for f in FOUNDATION):
        return None
    parts = module.split(".")
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and parts[1] in LAYERS) else "api"


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """Every ruchina module a file imports, at any depth (lazy imports inside functions too)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "ruchina":
            for alias in node.names:  # "from ruchina.checks import registry" imports a module
                found.append((node.lineno, f"{node.module}.{alias.name}"))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names if alias.name.split(".")[0] == "ruchina"]
    return found


def known_module(name: str, modules: set[str]) -> str:
    """``ruchina.a.b.name``: the longest prefix that is a module (a name imported from a module is not one)."""
    while name not in modules and "." in name:
        name = name.rsplit(".", 1)[0]
    return name


SOURCES = sorted(p for folder in ("dataset", "schemas", "checks") for p in (PROJECT / folder).rglob("*.py"))
MODULES = {module_name(p) for p in SOURCES}


def violations(path: Path) -> list[str]:
    importer = module_name(path)
    importer_layer = layer_of(importer)
    problems = []
    for line, name in imported_modules(path):
        imported = known_module(name, MODULES)
        if imported == "ruchina.cli" and importer not in CLI_IMPORTERS:
            problems.append(f"{path.name}:{line} imports the CLI")
        imported_layer = layer_of(imported)
        if importer_layer is None and imported_layer is not None:
            problems.append(f"{path.name}:{line} a foundation module imports {imported}")
        elif imported_layer is not None and importer_layer is not None \
                and LAYERS.index(imported_layer) > LAYERS.index(importer_layer):
            problems.append(f"{path.name}:{line} ({importer_layer}) imports {imported} ({imported_layer}), a later layer")
    return problems


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PROJECT)))
def test_a_module_imports_only_its_own_layer_and_the_layers_below(path):
    assert violations(path) == []


def test_every_folder_of_the_package_is_a_known_layer():
    folders = {p.parent.name for p in (PROJECT / "dataset").glob("*/__init__.py")}
    assert folders <= set(LAYERS), folders - set(LAYERS)


def test_the_rule_sees_an_upward_import(tmp_path, monkeypatch):
    """The check itself: a text module importing the pipeline, and a check importing the CLI, are caught."""
    fake = PROJECT / "dataset" / "text" / "_probe_upward.py"
    monkeypatch.setattr("test_architecture.MODULES", MODULES | {"ruchina.text._probe_upward"})
    fake.write_text("def f():\n    from ruchina.pipeline.build import build\n    from ruchina import cli\n")
    try:
        found = violations(fake)
    finally:
        fake.unlink()
    assert any("ruchina.pipeline.build (pipeline), a later layer" in p for p in found)
    assert any("imports the CLI" in p for p in found)

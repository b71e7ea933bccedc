"""The code's version and fingerprints: what a cached result or a build is valid for.

Two fingerprints, one a stage (docs/ARCHITECTURE.md, "Who owns _build/"):

* ``article_fingerprint`` — the code that turns one article file into its cached result and
  its rows of the corpus index (every module that ``pipeline/processing.py`` and
  ``store/corpus_index.py`` import, followed through their imports), and the knowledge base.
  Cached articles and the index's arrays are valid for it: editing a check, the report or
  the CLI keeps every cached article; editing extraction code or the knowledge base does not.
* ``code_fingerprint`` — all of the package: a build is the build of this code (its
  findings too) only when this is the same.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: The modules whose results are cached per article and written into the corpus index.
ARTICLE_STAGE_ROOTS = ("ruchina.pipeline.processing", "ruchina.store.corpus_index")
_FROM_IMPORT = re.compile(r"^[ \t]*from[ \t]+(ruchina[\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)", re.MULTILINE)
_IMPORT = re.compile(r"^[ \t]*import[ \t]+(ruchina[\w.]*)", re.MULTILINE)


@lru_cache(maxsize=None)
def code_version() -> str:
    """The installed ruchina code version, recorded in every manifest it builds."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("ruchina")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0+unknown"


@lru_cache(maxsize=None)
def code_fingerprint() -> str:
    """A digest of the installed code and knowledge base: a build is this code's build
    only when it is the same (an editable install changes code without changing its version)."""
    import hashlib
    from importlib import resources

    digest = hashlib.sha256(code_version().encode())
    for package in ("ruchina", "ruchina.schemas", "ruchina.checks"):
        digest.update(package.encode())
        digest.update(tree_digest(resources.files(package)).encode())
    return digest.hexdigest()


@lru_cache(maxsize=None)
def article_fingerprint() -> str:
    """A digest of the code and data that make one article's cached result (above)."""
    from importlib import resources

    package_roots = {name: resources.files(name) for name in ("ruchina", "ruchina.schemas", "ruchina.checks")}
    return article_stage_digest(package_roots)


def article_stage_digest(package_roots: dict) -> str:
    """The article fingerprint of the package whose top packages are at ``package_roots``
    (``{"ruchina": ..., "ruchina.schemas": ..., "ruchina.checks": ...}``, Paths or Traversables)."""
    import hashlib

    files = article_stage_files(package_roots)
    knowledge = package_roots["ruchina"] / "knowledge"
    files += sorted(((f"knowledge/{entry.name}", entry) for entry in knowledge.iterdir()
                     if entry.name.endswith(".yaml")), key=lambda item: item[0])
    digest = hashlib.sha256()
    for name, entry in files:
        digest.update(name.encode() + b"\0" + entry.read_bytes())
    return digest.hexdigest()


def article_stage_files(package_roots: dict) -> list[tuple[str, object]]:
    """The source files of ARTICLE_STAGE_ROOTS and of every ruchina module they import, at
    any depth (imports inside functions too), as (module name, file), sorted by name."""
    found: dict[str, object] = {}
    waiting = list(ARTICLE_STAGE_ROOTS)
    while waiting:
        module = waiting.pop()
        if module in found:
            continue
        source = _source_of(module, package_roots)
        if source is None:
            continue
        found[module] = source
        text = source.read_text(encoding="utf-8")
        for package, names in _FROM_IMPORT.findall(text):
            names = re.sub(r"#[^\n]*", "", names).strip("() \n")
            for name in (part.split(" as ")[0].strip() for part in names.split(",")):
                # "from ruchina.similarity import minhash" imports a module; "from ruchina.x import name" a name of x
                waiting.append(f"{package}.{name}" if _source_of(f"{package}.{name}", package_roots) else package)
        waiting.extend(_IMPORT.findall(text))
    return [(name, found[name]) for name in sorted(found)]


def _source_of(module: str, package_roots: dict):
    """The file of a ruchina module (a package's __init__.py), or None when there is none."""
    for top in sorted(package_roots, key=len, reverse=True):
        if module == top or module.startswith(top + "."):
            *folders, last = [""] + module[len(top):].split(".")[1:]
            place = package_roots[top]
            for folder in folders[1:]:
                place = place / folder
            candidates = [place / "__init__.py"] if not last else [place / f"{last}.py", place / last / "__init__.py"]
            return next((candidate for candidate in candidates if candidate.is_file()), None)
    return None


def tree_digest(root) -> str:
    """A digest of the .py and .yaml files below ``root`` (a Path or an importlib
    Traversable), each by its path relative to ``root`` and its bytes: where the package is
    installed does not matter, so a repository moved elsewhere, or a CI job that restores
    the cache into another checkout, finds its cached results again."""
    import hashlib

    digest = hashlib.sha256()
    prefix = len(str(root))
    for entry in sorted(_walk(root), key=str):
        digest.update(str(entry)[prefix:].replace("\\", "/").encode() + b"\0")
        digest.update(entry.read_bytes())
    return digest.hexdigest()


def _walk(root):
    for entry in root.iterdir():
        if entry.is_dir():
            if entry.name not in ("releases", "__pycache__"):
                yield from _walk(entry)
        elif entry.name.endswith((".py", ".yaml")):
            yield entry

from __future__ import annotations

from functools import lru_cache


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
    """A digest of the installed code and knowledge base: cached per-article results are
    valid only for the exact code that made them (an editable install changes code
    without changing its version)."""
    import hashlib
    from importlib import resources

    digest = hashlib.sha256(code_version().encode())
    for package in ("ruchina", "ruchina.schemas", "ruchina.checks"):
        digest.update(package.encode())
        digest.update(tree_digest(resources.files(package)).encode())
    return digest.hexdigest()


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

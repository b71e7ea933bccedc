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

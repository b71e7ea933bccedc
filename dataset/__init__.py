"""ruchina: a versioned dataset of news coverage of Russia–China summits.

>>> import ruchina
>>> ruchina.load("articles")                 # latest release, pandas DataFrame
>>> ruchina.load("articles", version="1.0.0", format="arrow")
>>> ruchina.Repository(".").validate().valid   # a curator's repository (ruchina/repository.py)

Importing ruchina stays cheap: the build pipeline, pandera and the CLI are imported
only by the commands and methods that need them.
"""

from __future__ import annotations

from ruchina import errors
from ruchina.read.loader import FORMATS, TABLES, load, load_all, versions


def __getattr__(name: str):
    # Looked up on first use: scanning installed distributions costs more than the import itself.
    if name == "__version__":
        from ruchina.store.code_version import code_version

        return code_version()
    # Imported on first use: loading the data needs none of the curator's API.
    if name == "Repository":
        from ruchina.repository import Repository

        return Repository
    raise AttributeError(f"module 'ruchina' has no attribute {name!r}")

__all__ = ["FORMATS", "TABLES", "Repository", "__version__", "errors", "load", "load_all", "versions"]

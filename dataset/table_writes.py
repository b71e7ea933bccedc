"""A build's Parquet files, written on a thread while the checks run when their data
version is already settled.

The writes (zstd at level 9) take seconds at 100,000 articles, and pyarrow compresses
without holding the GIL: on a thread of their own during the checks, which hold it, they
take the second core's time instead of the build's. Every file carries the data version,
which the findings could still change, so the tables are written early only when the
version is settled without them: when the other tables alone call for a MAJOR release, or
for a MINOR one and the findings keep the latest release's columns (then they can add at
most MINOR) — a build that adds articles — and always for the first release. Otherwise
they are written after the checks, as before.
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Mapping

import pyarrow as pa

from ruchina.schemas import ARROW_SCHEMAS, PRIMARY_KEYS, schema_fingerprint

from .manifest import TableEntry
from .parquet_io import write_parquet
from .versioning import FIRST_VERSION, TableDiff, bump_version, diff_tables, highest_bump


def write_tables(tables: dict[str, pa.Table], directory: Path, data_version: str,
                 threads: int | None = None) -> dict[str, TableEntry]:
    """Every table as Parquet into ``directory``, on every core (or ``threads``): pyarrow
    encodes and compresses without holding the GIL, and each file is a function of its
    table alone."""
    with ThreadPoolExecutor(max_workers=threads or os.cpu_count() or 1) as pool:
        written = {name: pool.submit(write_parquet, table, directory, table_name=name, data_version=data_version,
                                     fingerprint=schema_fingerprint(ARROW_SCHEMAS[name]))
                   for name, table in tables.items()}
        return {name: future.result() for name, future in written.items()}


class EarlyWrites:
    """The tables but findings, written on ``pool`` (one thread) once start() is given
    them, if their data version is settled then."""

    def __init__(self, pool: ThreadPoolExecutor, directory: Path, latest_version: str | None,
                 latest_tables: Mapping[str, pa.Table]):
        self.pool, self.directory = pool, directory
        self.latest_version, self.latest_tables = latest_version, latest_tables
        #: their diffs with the latest release, for decide_version not to make them again
        self.diffs: dict[str, TableDiff] = {}
        self.version: str | None = None
        self._written: Future | None = None

    def start(self, tables: dict[str, pa.Table]) -> None:
        if self.latest_version is None:
            self.version = FIRST_VERSION
        else:
            self.diffs = {name: diff_tables(name, self.latest_tables.get(name), table, PRIMARY_KEYS[name])
                          for name, table in tables.items()}
            self.version = self._settled_version(set(tables))
        if self.version is not None:
            # One thread, one file at a time: the checks keep the other core.
            self._written = self.pool.submit(write_tables, tables, self.directory, self.version, threads=1)

    def _settled_version(self, names: set[str]) -> str | None:
        if not set(self.latest_tables) <= names | {"findings"}:
            return None  # a table removed: let the whole decision tell
        bump = highest_bump(self.diffs.values())
        findings_columns = diff_tables("findings", self.latest_tables.get("findings"),
                                       ARROW_SCHEMAS["findings"].empty_table(), PRIMARY_KEYS["findings"])
        if bump == "major" or (bump == "minor" and findings_columns.bump != "major"):
            return bump_version(self.latest_version, bump)
        return None

    def written(self, version: str) -> dict[str, TableEntry]:
        """The entries of the tables written early, by name, if they carry ``version``
        (the build's decided version); else none: they are to be written again."""
        if self._written is None:
            return {}
        entries = self._written.result()
        return entries if version == self.version else {}

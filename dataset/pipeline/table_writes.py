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

import pyarrow as pa

from ruchina.publish.versioning import FIRST_VERSION, bump_version, highest_bump, least_bump
from ruchina.read.manifest import TableEntry
from ruchina.schemas import ARROW_SCHEMAS, PRIMARY_KEYS, schema_fingerprint
from ruchina.store.build_directory import BuildDirectory


def write_tables(tables: dict[str, pa.Table], build: BuildDirectory, data_version: str,
                 threads: int | None = None) -> dict[str, TableEntry]:
    """Every table as Parquet into ``build``, on every core (or ``threads``): pyarrow
    encodes and compresses without holding the GIL, and each file is a function of its
    table alone."""
    with ThreadPoolExecutor(max_workers=threads or os.cpu_count() or 1) as pool:
        written = {name: pool.submit(build.write_table, table, name, data_version,
                                     schema_fingerprint(ARROW_SCHEMAS[name]))
                   for name, table in tables.items()}
        return {name: future.result() for name, future in written.items()}


class EarlyWrites:
    """The tables but findings, written on ``pool`` (one thread) once start() is given
    them, if their data version is settled then. ``latest_tables``: the latest release's
    (release_tables.ReleaseTables); only their columns and keys are read here, so that the build
    holds no more than it does during the checks."""

    def __init__(self, pool: ThreadPoolExecutor, build: BuildDirectory, latest_version: str | None, latest_tables):
        self.pool, self.build = pool, build
        self.latest_version, self.latest_tables = latest_version, latest_tables
        self.version: str | None = None
        self._written: Future | None = None

    def start(self, tables: dict[str, pa.Table]) -> None:
        self.version = FIRST_VERSION if self.latest_version is None else self._settled_version(tables)
        if self.version is not None:
            # One thread, one file at a time: the checks keep the other core.
            self._written = self.pool.submit(write_tables, tables, self.build, self.version, threads=1)

    def _settled_version(self, tables: dict[str, pa.Table]) -> str | None:
        released = set(self.latest_tables)
        if not released <= set(tables) | {"findings"}:
            return None  # a table removed: let the whole decision tell
        bump = highest_bump(self._least_bump(name, table, released) for name, table in tables.items())
        findings = self._least_bump("findings", ARROW_SCHEMAS["findings"].empty_table(), released)
        if bump == "major" or (bump == "minor" and findings != "major"):
            return bump_version(self.latest_version, bump)
        return None

    def _least_bump(self, name: str, table: pa.Table, released: set[str]) -> str:
        key = PRIMARY_KEYS[name]
        schema, keys = self.latest_tables.outline(name, key) if name in released else (None, None)
        return least_bump(schema, keys, table, key)

    def written(self, version: str) -> dict[str, TableEntry]:
        """The entries of the tables written early, by name, if they carry ``version``
        (the build's decided version); else none: they are to be written again."""
        if self._written is None:
            return {}
        entries = self._written.result()
        return entries if version == self.version else {}

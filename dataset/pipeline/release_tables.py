"""The latest release's tables, read when asked for: what a build compares its tables with
to decide their data version (publish/versioning.py)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ruchina.read.loader import read_verified_table, verified_table_bytes
from ruchina.read.manifest import read_manifest
from ruchina.store.repository import RepositoryFiles


class ReleaseTables(Mapping):
    """The tables of a release by name, each read (and verified) when asked for and not
    kept: comparing one table at a time, a build holds one of them in memory, not all."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.manifest = read_manifest(directory)

    def __getitem__(self, name: str) -> pa.Table:
        return read_verified_table(self.directory, self._known(name), self.manifest)

    def file(self, name: str) -> pq.ParquetFile:
        """A table as its verified Parquet file, to be read a batch at a time."""
        return pq.ParquetFile(pa.BufferReader(verified_table_bytes(self.directory, self._known(name), self.manifest)))

    def files(self) -> Mapping[str, pq.ParquetFile]:
        """The same tables as Parquet files, each verified and opened when asked for: read a
        batch at a time, they are compared without holding a whole table (decide_version)."""
        return _ReleaseFiles(self)

    def outline(self, name: str, key: str) -> tuple[pa.Schema, pa.Array]:
        """A table's schema and its key column, without reading the other columns."""
        file = self.file(name)
        return file.schema_arrow, file.read(columns=[key]).column(key).combine_chunks()

    def _known(self, name: str) -> str:
        if name not in self.manifest.tables:
            raise KeyError(name)
        return name

    def __iter__(self):
        return iter(self.manifest.tables)

    def __len__(self) -> int:
        return len(self.manifest.tables)


class _ReleaseFiles(Mapping):
    def __init__(self, tables: ReleaseTables):
        self.tables = tables

    def __getitem__(self, name: str) -> pq.ParquetFile:
        return self.tables.file(name)

    def __iter__(self):
        return iter(self.tables)

    def __len__(self) -> int:
        return len(self.tables)


def latest_release_tables(repo: RepositoryFiles) -> tuple[str | None, Mapping[str, pa.Table]]:
    store = repo.releases
    if not store.versions():
        return None, {}
    version = store.latest()
    return version, ReleaseTables(store.path(version))

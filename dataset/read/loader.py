"""Load released tables, verified against their manifest.

Everything here is driven by the manifests under ``ruchina/releases/<version>/``; an
unknown table, version or format error lists what exists. This module must stay cheap
to import: pyarrow is imported on first load, pandas and polars only when asked for.
"""

from __future__ import annotations

import hashlib
import re
from importlib import resources
from pathlib import Path
from typing import Any

from ruchina.errors import (
    ChecksumError,
    NoReleaseError,
    ReleaseIntegrityError,
    UnknownTableError,
    UnknownVersionError,
    UnsupportedFormatError,
)
from ruchina.read.manifest import MANIFEST_NAME, Manifest, read_manifest

#: Every table ruchina defines, in the order a reader meets them.
TABLES = ("articles", "entities", "events", "claims", "findings")
FORMATS = ("pandas", "arrow", "polars")

_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


def version_key(version: str) -> tuple[int, int, int]:
    match = _VERSION.match(version)
    if not match:
        raise ValueError(f"not a X.Y.Z version: {version!r}")
    major, minor, patch = map(int, match.groups())
    return major, minor, patch


class ReleaseStore:
    """The releases in one directory (``ruchina/releases`` when installed)."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def versions(self) -> list[str]:
        """Released versions, ascending. Hidden and unversioned entries are not releases."""
        if not self.root.is_dir():
            return []
        found = [entry.name for entry in self.root.iterdir() if entry.is_dir() and _VERSION.match(entry.name)]
        return sorted(found, key=version_key)

    def latest(self) -> str:
        shipped = self.versions()
        if not shipped:
            raise NoReleaseError(self.root)
        return shipped[-1]

    def path(self, version: str | None = None) -> Path:
        version = version or self.latest()
        if version not in self.versions():
            raise UnknownVersionError(version, self.versions())
        return self.root / version

    def manifest(self, version: str | None = None) -> Manifest:
        return read_manifest(self.path(version))

    def read_arrow(self, table: str, version: str | None = None):
        return read_verified_table(self.path(version), table)

    def load(self, table: str, version: str | None = None, format: str = "pandas") -> Any:
        if format not in FORMATS:
            raise UnsupportedFormatError(format, FORMATS)
        return convert_table(self.read_arrow(table, version), format)


def read_verified_table(directory: Path, table: str, manifest: Manifest | None = None,
                        columns: list[str] | None = None, as_dictionary: list[str] | None = None):
    """A table of a release or build directory as a pyarrow Table (only ``columns`` when
    given), after checking its bytes against the manifest's sha256. ``as_dictionary``:
    columns read as Arrow dictionaries, as Parquet stores them (a column of many repeated
    long texts decodes in a third of the time)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = verified_table_bytes(directory, table, manifest)
    # ParquetFile, not read_table: read_table goes through pyarrow.dataset (0.4 s to import)
    # and, here, left a thread that aborted about 1 in 75 fresh processes at exit
    # ("terminate called without an active exception", apache/arrow#34314).
    return pq.ParquetFile(pa.BufferReader(data), read_dictionary=as_dictionary).read(columns=columns)


def verified_table_bytes(directory: Path, table: str, manifest: Manifest | None = None) -> bytes:
    """The bytes of a table's file, checked against the manifest's sha256."""
    manifest = manifest or read_manifest(directory)
    entry = manifest.tables.get(table)
    if entry is None:
        if table in TABLES:
            raise UnknownTableError(table, manifest.tables, manifest.version)
        raise UnknownTableError(table, TABLES)
    path = directory / entry.file
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReleaseIntegrityError(path, f"is missing from release {manifest.version}; restore it from git") from None
    # Read once, hash the bytes in memory, parse the same bytes: one pass over the disk.
    digest = hashlib.sha256(data).hexdigest()
    if digest != entry.sha256:
        raise ChecksumError(path, entry.sha256, digest)
    return data


def convert_table(table, format: str) -> Any:
    if format == "arrow":
        return table
    if format == "pandas":
        return table.to_pandas()
    if format == "polars":
        try:
            import polars
        except ImportError:
            raise UnsupportedFormatError(format, FORMATS, "polars is not installed: pip install 'ruchina[polars]'") from None
        return polars.from_arrow(table)
    raise UnsupportedFormatError(format, FORMATS)


def installed_store() -> ReleaseStore:
    return ReleaseStore(Path(str(resources.files("ruchina") / "releases")))


def load(table: str, version: str | None = None, format: str = "pandas") -> Any:
    """One table of a shipped release (the latest unless ``version`` is given)."""
    return installed_store().load(table, version=version, format=format)


def load_all(version: str | None = None, format: str = "pandas") -> dict[str, Any]:
    """Every table of one shipped release, by name."""
    store = installed_store()
    version = version or store.latest()
    return {name: store.load(name, version, format) for name in store.manifest(version).tables}


def versions() -> list[str]:
    """Shipped releases, ascending."""
    return installed_store().versions()


__all__ = ["FORMATS", "MANIFEST_NAME", "TABLES", "ReleaseStore", "load", "load_all", "versions"]

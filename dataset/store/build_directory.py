"""The build directory, ``_build/``: the one owner of its files' names and of reading and
writing them (docs/ARCHITECTURE.md, "Who owns _build/").

    _build/
      <table>.parquet, manifest.json    what a release copies
      corpus-index/                     never released
        <array>.npy, code               the corpus index (corpus_index.py), ``code`` written last
        inputs.json                     what the build was made from (build_inputs.py)
        checked-tables.json             the sha256 of each table the build's checks saw

A build is made in a hidden staging directory beside the build (new_staging) and swapped
into its place only once complete (replace): a build killed at any point leaves the last
build as it was, and the next build removes what the killed one left (remove_leftovers).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pyarrow as pa

from ruchina.atomic import write_bytes_atomically
from ruchina.errors import BuildError, RuchinaError
from ruchina.faults import crash_point
from ruchina.read.loader import read_verified_table, verified_table_bytes
from ruchina.read.manifest import Manifest, TableEntry, read_manifest
from ruchina.store.corpus_index import CorpusIndex
from ruchina.store.parquet_io import write_parquet

INDEX_DIR = "corpus-index"
INPUTS_FILE = "inputs.json"
CHECKED_TABLES_FILE = "checked-tables.json"


class BuildDirectory:
    def __init__(self, path: Path | str):
        self.path = Path(path)

    @property
    def index_folder(self) -> Path:
        return self.path / INDEX_DIR

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BuildDirectory) and other.path == self.path

    def __hash__(self) -> int:
        return hash(self.path)

    # The tables and the manifest

    def manifest(self) -> Manifest:
        """The build's manifest; BuildError when there is no build."""
        if not self.path.is_dir():
            raise BuildError(f"{self.path} does not exist; run `ruchina build` first")
        return read_manifest(self.path)

    def verified_manifest(self) -> Manifest | None:
        """The manifest when every table it lists is there with its recorded bytes; else None."""
        try:
            manifest = read_manifest(self.path)
            for table in manifest.tables:
                verified_table_bytes(self.path, table, manifest)
        except RuchinaError:
            return None
        return manifest

    def table(self, name: str, manifest: Manifest, columns: list[str] | None = None,
              as_dictionary: list[str] | None = None) -> pa.Table:
        """A table, verified against ``manifest`` (read_verified_table)."""
        return read_verified_table(self.path, name, manifest, columns=columns, as_dictionary=as_dictionary)

    def table_file(self, entry: TableEntry) -> Path:
        return self.path / entry.file

    def write_table(self, table: pa.Table, name: str, data_version: str, fingerprint: str) -> TableEntry:
        return write_parquet(table, self.path, table_name=name, data_version=data_version, fingerprint=fingerprint)

    def write_manifest(self, manifest: Manifest) -> None:
        manifest.write(self.path)

    # The corpus index

    def index(self) -> CorpusIndex | None:
        """The build's corpus index, when this article code made it (CorpusIndex.read)."""
        return CorpusIndex.read(self.index_folder)

    def made_by_this_code(self) -> bool:
        """Whether the code running now made (and checked) this build."""
        return CorpusIndex.made_by_this_code(self.index_folder)

    def write_index(self, index: CorpusIndex, events: bool = True) -> None:
        self.index_folder.mkdir(exist_ok=True)
        index.write(self.index_folder, events=events)

    def finish_index(self, base_ids: dict[str, str], cluster_of: dict[str, str] | None = None) -> None:
        """The events and stories of an index that write_index(events=False) began (CorpusIndex.write_events)."""
        CorpusIndex.write_events(self.index_folder, base_ids, cluster_of)

    def take_index_of(self, other: BuildDirectory) -> None:
        """``other``'s corpus index (its records too) as this build's: its files are never
        changed in place (each is replaced whole, atomically), so links serve as copies."""
        shutil.copytree(other.index_folder, self.index_folder, copy_function=_link_or_copy)

    # Records of the build, beside its index

    def inputs(self) -> dict[str, Any] | None:
        """What inputs.json records (build_inputs.BuildInputs), or None."""
        return self._record(INPUTS_FILE)

    def write_inputs(self, inputs: dict[str, Any]) -> None:
        self._write_record(INPUTS_FILE, inputs)

    def record_checked_tables(self, entries: dict[str, TableEntry]) -> None:
        """Note which bytes of each table (the findings' own too) the build's findings are the report of."""
        self._write_record(CHECKED_TABLES_FILE, _sha256_by_table(entries))

    def checks_saw(self, entries: dict[str, TableEntry]) -> bool:
        """Whether the build's findings are the report of the tables ``entries`` describe
        (a table rewritten since, manifest and all, is not what the checks saw or found)."""
        return self._record(CHECKED_TABLES_FILE) == _sha256_by_table(entries)

    def _record(self, name: str) -> Any | None:
        try:
            return json.loads((self.index_folder / name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def _write_record(self, name: str, data: Any) -> None:
        write_bytes_atomically(self.index_folder / name, json.dumps(data, sort_keys=True).encode())

    # Making a build: staged beside the build, swapped into its place

    def remove_leftovers(self) -> None:
        """What a killed build left beside this one (never visible as a build)."""
        for pattern in (f".{self.path.name}.tmp-*", f".{self.path.name}.old-*"):
            for leftover in self.path.parent.glob(pattern):
                shutil.rmtree(leftover, ignore_errors=True)

    def new_staging(self) -> BuildDirectory:
        """An empty hidden directory beside this build, to make the next build in."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return BuildDirectory(tempfile.mkdtemp(prefix=f".{self.path.name}.tmp-", dir=self.path.parent))

    def replace(self, target: BuildDirectory) -> None:
        """Swap this (complete) build into ``target``'s place; the old build is removed
        only after."""
        if target.path.exists():
            retired = target.path.with_name(f".{target.path.name}.old-{dt.datetime.now().strftime('%H%M%S%f')}")
            target.path.rename(retired)
            crash_point("build.mid-swap")
            self.path.rename(target.path)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            self.path.rename(target.path)

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def _sha256_by_table(entries: dict[str, TableEntry]) -> dict[str, str]:
    return {name: entry.sha256 for name, entry in entries.items()}


def _link_or_copy(source: str, destination: str) -> None:
    try:
        os.link(source, destination)
    except OSError:
        shutil.copy2(source, destination)

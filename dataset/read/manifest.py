"""manifest.json: what a release (or a build) holds, and the checksums that prove it.

Plain JSON only: the loader reads manifests and must stay light.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ruchina.atomic import write_bytes_atomically
from ruchina.errors import ReleaseIntegrityError

MANIFEST_NAME = "manifest.json"


@dataclass(frozen=True)
class TableEntry:
    file: str
    rows: int
    bytes: int
    sha256: str
    schema_fingerprint: str


@dataclass
class Manifest:
    version: str
    code_version: str
    tables: dict[str, TableEntry]
    #: seed path (relative to the repository) -> sha256 of its bytes
    seeds: dict[str, str]
    #: release date (ISO); None in a build that has not been released
    date: str | None = None
    #: how the version was decided: "initial", "major", "minor", "patch" or "none"
    bump: str = "initial"
    bump_reasons: list[str] = field(default_factory=list)
    name: str = "ruchina"
    #: other files of the release (datapackage.json, croissant.json) -> sha256
    files: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        data = asdict(self)
        return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str, where: Path | str) -> "Manifest":
        try:
            data: dict[str, Any] = json.loads(text)
            tables = {name: TableEntry(**entry) for name, entry in data.pop("tables").items()}
            return cls(tables=tables, **data)
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            raise ReleaseIntegrityError(where, f"the manifest is malformed ({error}); restore it from git") from None

    def write(self, directory: Path) -> None:
        write_bytes_atomically(directory / MANIFEST_NAME, self.to_json().encode("utf-8"))


def read_manifest(directory: Path) -> Manifest:
    path = directory / MANIFEST_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReleaseIntegrityError(
            directory, "has no manifest.json: it is an incomplete or foreign release directory; remove it or restore it"
        ) from None
    return Manifest.from_json(text, path)

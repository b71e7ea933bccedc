"""Every error ruchina raises on purpose.

Each one carries the data a program needs (a path, a version, what exists) and a
message a person can act on. The CLI prints ``str(error)`` on one line and exits;
nothing here imports the CLI.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable


class RuchinaError(Exception):
    """Base of every error raised by ruchina on purpose."""

    exit_code = 1

    def __init__(self, message: str):
        # One line, always: the CLI prints it as is.
        super().__init__(" ".join(message.split()))

    @property
    def message(self) -> str:
        return str(self)


class ArticleError(RuchinaError):
    """A seed or candidate article that cannot be turned into an articles row."""

    def __init__(self, path: Path | str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class UnknownTableError(RuchinaError, KeyError):
    def __init__(self, table: str, known: Iterable[str], version: str | None = None):
        self.table = table
        self.known = tuple(known)
        where = f"release {version}" if version else "ruchina"
        super().__init__(f"{where} has no table {table!r}; tables: {', '.join(self.known) or 'none'}")

    __str__ = Exception.__str__


class UnknownVersionError(RuchinaError, LookupError):
    def __init__(self, version: str, shipped: Iterable[str]):
        self.version = version
        self.shipped = tuple(shipped)
        super().__init__(f"no version {version}; shipped: {', '.join(self.shipped) or 'none'}")


class NoReleaseError(RuchinaError):
    def __init__(self, releases_dir: Path | str):
        self.releases_dir = str(releases_dir)
        super().__init__(
            f"no release found in {self.releases_dir}; run `ruchina build` then `ruchina release`"
        )


class ReleaseIntegrityError(RuchinaError):
    """A released file does not match its manifest: changed, missing or unlisted."""

    def __init__(self, path: Path | str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class ChecksumError(ReleaseIntegrityError):
    def __init__(self, path: Path | str, expected: str, actual: str):
        self.expected = expected
        self.actual = actual
        super().__init__(
            path,
            f"checksum mismatch (manifest sha256 {expected[:12]}…, file {actual[:12]}…); "
            "the file was changed after release: reinstall ruchina or restore it from git",
        )


class UnsupportedFormatError(RuchinaError, ValueError):
    def __init__(self, format: str, supported: Iterable[str], hint: str = ""):
        self.format = format
        self.supported = tuple(supported)
        super().__init__(
            f"unknown format {format!r}; supported: {', '.join(self.supported)}" + (f" ({hint})" if hint else "")
        )


class RepositoryError(RuchinaError):
    """The curator's repository is not where or what a command expects."""


class BuildError(RuchinaError):
    """The build could not produce a complete build directory."""


class ReleaseError(RuchinaError):
    """A release could not be cut (nothing changed, unaccepted errors, a lock held)."""


class UsageError(RuchinaError):
    exit_code = 2

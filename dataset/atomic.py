"""Writing files so that a reader, or a crash, never sees a part of one."""

from __future__ import annotations

import os
from pathlib import Path

from ruchina.faults import crash_point


def _write_temporary(path: Path, data: bytes, crash_label: str) -> Path:
    """The bytes, complete and on disk, in a hidden file beside ``path``."""
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(temporary, "wb") as handle:
        handle.write(data[: len(data) // 2])
        crash_point(f"{crash_label}.half-written")
        handle.write(data[len(data) // 2:])
        handle.flush()
        os.fsync(handle.fileno())
    return temporary


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Replace ``path``: readers see the old bytes or the new, never a part."""
    temporary = _write_temporary(path, data, "write")
    crash_point("write.before-rename")
    os.replace(temporary, path)


def create_file_atomically(path: Path, data: bytes) -> None:
    """Create ``path``, complete or not at all, never over an existing file."""
    temporary = _write_temporary(path, data, "add")
    try:
        crash_point("add.before-link")
        os.link(temporary, path)  # fails if the name exists
    finally:
        temporary.unlink(missing_ok=True)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)

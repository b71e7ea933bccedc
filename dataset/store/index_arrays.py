"""The corpus index's arrays: saved as .npy files, (key, row) pairs kept sorted by key and
looked up by binary search, and the sha256 of a file."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import numpy as np

from ruchina.atomic import write_bytes_atomically


def save_array(folder: Path, name: str, array: np.ndarray) -> None:
    buffer = io.BytesIO()
    np.save(buffer, np.ascontiguousarray(array), allow_pickle=False)
    write_bytes_atomically(folder / f"{name}.npy", buffer.getvalue())


def file_sha256(path: Path | str) -> str:
    """The sha256 of a file's bytes; "" when it cannot be read."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return ""


def sorted_pairs(name: str, keys_by_row: list[np.ndarray], row_numbers: np.ndarray,
                  more: tuple[np.ndarray, np.ndarray]) -> dict[str, np.ndarray]:
    """Every (key, row) of the rows' keys (``keys_by_row[i]`` those of row ``row_numbers[i]``)
    and the pairs of ``more`` (sorted by key, then row), sorted by key, then row, as two arrays."""
    keys = np.concatenate([*keys_by_row, np.empty(0, np.uint64)])
    rows = np.repeat(row_numbers.astype(np.int64), [len(k) for k in keys_by_row])
    order = np.lexsort((rows, keys))
    keys, rows = merged_pairs(*more, keys[order], rows[order])
    return {f"{name}_keys": keys, f"{name}_rows": rows}


def merged_pairs(keys: np.ndarray, rows: np.ndarray, more_keys: np.ndarray, more_rows: np.ndarray):
    """(key, row) pairs, and more pairs sorted by key, then row, merged into one list so
    sorted. A few pairs are inserted where they belong in pairs already sorted (one new
    article's among 100,000 articles' renumbered in their order); else all are sorted."""
    already_sorted = bool(((keys[1:] > keys[:-1]) | ((keys[1:] == keys[:-1]) & (rows[1:] >= rows[:-1]))).all())
    if not already_sorted or len(more_keys) > max(len(keys) // 64, 1024):
        all_keys, all_rows = np.concatenate([keys, more_keys]), np.concatenate([rows, more_rows])
        order = np.lexsort((all_rows, all_keys))
        return all_keys[order], all_rows[order]
    first = np.searchsorted(keys, more_keys, side="left")
    last = np.searchsorted(keys, more_keys, side="right")
    at = [start + int(np.searchsorted(rows[start:end], row)) for start, end, row in zip(first, last, more_rows)]
    # np.insert keeps the order of values given for one position: ``more`` stays sorted.
    return np.insert(keys, at, more_keys), np.insert(rows, at, more_rows)


def lookup(keys: np.ndarray, rows: np.ndarray, key: int) -> np.ndarray:
    key = np.uint64(key)
    return rows[np.searchsorted(keys, key, side="left"):np.searchsorted(keys, key, side="right")]

"""A build's processed articles in one file beside its corpus index, so the next build
(and `add`, `validate --changed`) reads the unchanged ones in long sequential reads
instead of opening a cache file each: 100,000 small files cost 2 s of opening and
reading with the page cache warm, and 20 s with it dropped.

``corpus-index/articles.pack`` holds cache entries (each a pickled ProcessedArticle, as
cache.py stores it) one after another; the index's ``pack_spans`` array says where each
row's begins and ends. A new build does not copy the file: it links the last build's
pack and appends the entries of the articles that changed, so a build writes only what
is new; when less than half of the file is still in use, the pack is written afresh.
Nothing is ever overwritten in place, so the last build's spans stay valid. Like the
cache, the pack is only a faster way to the same results: a pack that is missing, too
short or unreadable gives nothing, and the caller reads the cache or processes the
article again.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from ruchina.store.cache import loads_entry

PACK_NAME = "articles.pack"
#: Bytes read at a time, and reads in flight ahead of the unpickling: a few megabytes
#: held while the disk streams. Rows further apart than the gap are read apart.
READ_BYTES = 8 << 20
READS_AHEAD = 2
READ_GAP_BYTES = 64 << 10
#: A pack whose entries in use fill less than this share of it is written afresh.
COMPACT_BELOW = 0.5

_BINARY = getattr(os, "O_BINARY", 0)  # Windows would translate line ends


def write_pack(path: Path, count: int, old_rows: np.ndarray, old_pack: "ArticlePack | None",
               entry: Callable[[int], bytes]) -> np.ndarray:
    """Write the pack of ``count`` rows to ``path`` and return its spans (``count`` x 2):
    row i is row ``old_rows[i]`` of ``old_pack`` where that is not -1, else the bytes
    ``entry(i)``. The old pack is linked and appended to where it can be, else its rows
    are copied into a new file (runs of them at once, in the kernel where it can)."""
    old_rows = np.asarray(old_rows, dtype=np.int64)
    usable = old_pack is not None and old_pack.usable()
    kept = np.flatnonzero(old_rows >= 0) if usable else np.zeros(0, np.int64)
    spans = np.zeros((count, 2), dtype=np.int64)
    if usable:
        spans[kept] = old_pack.spans[old_rows[kept]]
    # Never truncate what is there: it may be a link to the last build's pack.
    Path(path).unlink(missing_ok=True)
    in_use = int((spans[:, 1] - spans[:, 0]).sum())
    if usable and in_use >= COMPACT_BELOW * old_pack.size() and _linked(old_pack.path, path):
        output = os.open(path, os.O_WRONLY | os.O_APPEND | _BINARY)
        position = os.path.getsize(path)
        fresh = (row for row in range(count) if old_rows[row] < 0)
    else:
        output = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o644)
        position = _copy_runs(old_pack, spans, kept, output) if usable else 0
        fresh = (row for row in range(count) if not usable or old_rows[row] < 0)
    try:
        for row in fresh:
            data = entry(row)
            _write_all(output, data)
            spans[row] = (position, position + len(data))
            position += len(data)
        os.fsync(output)
    finally:
        os.close(output)
    return spans


def _linked(old: Path, new: Path) -> bool:
    try:
        os.link(old, new)
    except OSError:  # another file system, or one without links
        return False
    return True


def _copy_runs(old_pack: "ArticlePack", spans: np.ndarray, kept: np.ndarray, output: int) -> int:
    """The kept rows' entries copied from the old pack into ``output``, one after
    another in row order, a run of entries that lie one after another there at a time;
    ``spans`` of those rows moved to their new place. The bytes written."""
    position, at = 0, 0
    while at < len(kept):
        last = at
        while last + 1 < len(kept) and spans[kept[last + 1], 0] == spans[kept[last], 1]:
            last += 1
        rows = kept[at:last + 1]
        start, end = int(spans[rows[0], 0]), int(spans[rows[-1], 1])
        old_pack.copy_to(output, start, end)
        spans[rows] += position - start
        position += end - start
        at = last + 1
    return position


class ArticlePack:
    def __init__(self, path: Path, spans: np.ndarray):
        self.path = path
        self.spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)

    def size(self) -> int:
        try:
            return os.path.getsize(self.path)
        except OSError:
            return -1

    def usable(self) -> bool:
        """Whether the file is there and holds every span (else a build was interrupted
        while writing it, or it was damaged). A longer file is usable: a later build may
        have appended to it."""
        return len(self.spans) > 0 and self.size() >= int(self.spans[:, 1].max())

    def entries(self, rows: list[int]) -> Iterator[Any | None]:
        """The entries at these rows, in order (None for each one that cannot be read).
        Rows whose entries follow each other in the file are read a span at a time, on
        a thread, ahead of the unpickling."""
        if not self.usable():
            yield from (None for _ in rows)
            return
        starts, ends = self.spans[:, 0].tolist(), self.spans[:, 1].tolist()  # Python ints: read 100,000 times
        with open(self.path, "rb") as handle, ThreadPoolExecutor(max_workers=1) as pool:
            pending: deque = deque()
            for group in self._groups(rows, starts, ends):
                start, end = starts[group[0]], ends[group[-1]]
                # One reading thread: the handle's seek and read are never interleaved.
                pending.append((group, start, pool.submit(_read_range, handle, start, end)))
                if len(pending) > READS_AHEAD:
                    yield from _unpickled(*pending.popleft(), starts, ends)
            while pending:
                yield from _unpickled(*pending.popleft(), starts, ends)

    @staticmethod
    def _groups(rows: list[int], starts: list[int], ends: list[int]) -> Iterator[list[int]]:
        """The rows in groups that one read covers: entries in file order, at most
        READ_BYTES in all and READ_GAP_BYTES apart (rows scattered over the pack are
        read each alone, not with all that lies between them)."""
        group: list[int] = []
        for row in rows:
            if group and not (ends[group[-1]] <= starts[row] <= ends[group[-1]] + READ_GAP_BYTES
                              and ends[row] - starts[group[0]] <= READ_BYTES):
                yield group
                group = []
            group.append(row)
        if group:
            yield group

    def copy_to(self, output: int, start: int, end: int) -> None:
        """Bytes ``start`` to ``end`` of the pack, appended to the open file ``output``."""
        with open(self.path, "rb") as source:
            while start < end:
                if hasattr(os, "copy_file_range"):  # Linux: no copy through this process
                    copied = os.copy_file_range(source.fileno(), output, end - start, start)
                else:
                    copied = _write_all(output, _read_range(source, start, min(end, start + READ_BYTES)) or b"")
                if copied <= 0:
                    raise OSError(f"{self.path} ends before byte {end}")
                start += copied


def _unpickled(group: list[int], start: int, read, starts: list[int], ends: list[int]) -> Iterator[Any | None]:
    data = read.result()
    if data is None:
        yield from (None for _ in group)
        return
    view = memoryview(data)
    for row in group:
        yield loads_entry(view[starts[row] - start:ends[row] - start])


def _read_range(handle, start: int, end: int) -> bytes | None:
    try:
        handle.seek(start)
        data = handle.read(end - start)
    except OSError:
        return None
    return data if len(data) == end - start else None


def _write_all(descriptor: int, data: bytes) -> int:
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view):]
    return len(data)

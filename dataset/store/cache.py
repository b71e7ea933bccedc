"""A cache of per-article results, keyed by the article's bytes and the code that
processed them, so unchanged articles are never parsed or extracted twice.

Lives in ``<repo>/.ruchina-cache/`` (ignored by git). Entries are written atomically;
an unreadable entry is treated as missing, so a killed run costs only a recomputation.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Any

from ruchina.store.code_version import article_fingerprint

CACHE_DIR_NAME = ".ruchina-cache"

#: get_many reads entries this many files to a task, with this many tasks in flight on
#: this many threads: enough waits overlapped to hide a cold disk's latency, while the
#: bytes read ahead of the unpickling stay a few megabytes.
READ_AHEAD_FILES = 64
READ_AHEAD_TASKS = 16
READER_THREADS = 8


class ArticleCache:
    def __init__(self, repo_root: Path):
        self.root = repo_root / CACHE_DIR_NAME / article_fingerprint()[:16]

    @staticmethod
    def key(source_path: str, raw: bytes) -> str:
        return ArticleCache.key_for(source_path, hashlib.sha256(raw).hexdigest())

    @staticmethod
    def key_for(source_path: str, seed_sha256: str) -> str:
        """By the seed's sha256, so what a manifest lists can be found without its bytes."""
        return hashlib.sha256(f"{source_path}\0{seed_sha256}".encode()).hexdigest()

    def _path(self, key: str) -> str:
        # A string, not a Path: pathlib's joins cost more than the read, 100,000 times a build.
        return os.path.join(self.root, key[:2], f"{key}.pkl")

    def get(self, key: str) -> Any | None:
        try:
            return loads_entry(_read_bytes(self._path(key)))
        except OSError:
            return None

    def get_bytes(self, key: str) -> bytes | None:
        """The entry's bytes, as stored (None when there is none)."""
        try:
            return _read_bytes(self._path(key))
        except OSError:
            return None

    def get_many(self, keys: list[str]) -> Iterator[Any | None]:
        """The entries of ``keys`` in order, as get() gives each. Threads read the files
        ahead of the unpickling: when they are not in the page cache, each small read
        waits on the disk, and these waits overlap (100,000 entries with the page cache
        dropped: 28 s one file after another, 14 s so)."""
        paths = (self._path(key) for key in keys)
        tasks = iter(lambda: list(islice(paths, READ_AHEAD_FILES)), [])  # lists of paths until none is left
        with ThreadPoolExecutor(max_workers=READER_THREADS) as pool:
            pending = deque(pool.submit(_read_files, task) for task in islice(tasks, READ_AHEAD_TASKS))
            while pending:
                contents = pending.popleft().result()
                pending.extend(pool.submit(_read_files, task) for task in islice(tasks, 1))
                for data in contents:
                    yield None if data is None else loads_entry(data)

    def put(self, key: str, value: Any) -> None:
        path = Path(self._path(key))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{path.name}.{os.getpid()}")
            with open(temporary, "wb") as handle:
                handle.write(dumps_entry(value))
            os.replace(temporary, path)
        except OSError:
            pass  # a cache that cannot be written only costs time

    def prune_other_versions(self) -> None:
        """Entries made by other code are never valid again."""
        parent = self.root.parent
        if parent.is_dir():
            for entry in parent.iterdir():
                if entry != self.root and entry.is_dir():
                    shutil.rmtree(entry, ignore_errors=True)


def dumps_entry(value: Any) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def loads_entry(data) -> Any | None:
    """An entry's value from its bytes; None when they are not one (a damaged file)."""
    try:
        return pickle.loads(data)
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None


def _read_files(paths: list[str]) -> list[bytes | None]:
    contents = []
    for path in paths:
        try:
            contents.append(_read_bytes(path))
        except OSError:
            contents.append(None)
    return contents


def _read_bytes(path: str) -> bytes:
    """A file's bytes through the bare file descriptor: a build reads 100,000 entries, and
    open()'s buffered file object costs twice the read itself (about 15 against 30 us)."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))  # Windows would translate line ends
    try:
        chunks = []
        while chunk := os.read(descriptor, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)

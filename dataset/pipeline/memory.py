"""Memory management for large builds: giving freed memory back to the system between
stages, and keeping Python's cycle collector out of the bulk work."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from collections.abc import Iterator
from contextlib import contextmanager

import pyarrow


def return_freed_memory() -> None:
    """Hand the heap memory Python has freed back to the system. glibc keeps freed memory
    for the process to reuse, but Arrow allocates from its own pool, so without this the
    tables made after a large stage add to its peak instead of reusing its memory
    (measured at 100,000 articles: see BENCHMARKS.md). Nothing happens without glibc."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):
        pass
    pyarrow.default_memory_pool().release_unused()


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Run the block without Python's cycle collector. It walks every container object
    each time enough new ones pile up, and a build makes tens of millions of them (each
    article's results, then the tables' rows) that hold no reference cycles, so nothing
    is lost by not looking: at 100,000 articles the walks took 30-40 s of a ~150 s build
    after a change, and the peak memory is the same without them (see BENCHMARKS.md). Garbage
    with cycles made meanwhile waits for the collector's first pass after the block."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

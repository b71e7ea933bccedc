"""The per-article cache: entries by key, read many at a time ahead of their use."""

from __future__ import annotations

import pytest

import ruchina.store.cache
from ruchina.store.cache import ArticleCache


@pytest.mark.parametrize("files_per_task, tasks_in_flight", [(1, 1), (3, 2), (64, 16)])
def test_many_entries_come_back_in_order_with_none_for_missing_or_damaged_ones(tmp_path, monkeypatch,
                                                                               files_per_task, tasks_in_flight):
    monkeypatch.setattr(ruchina.store.cache, "READ_AHEAD_FILES", files_per_task)
    monkeypatch.setattr(ruchina.store.cache, "READ_AHEAD_TASKS", tasks_in_flight)
    cache = ArticleCache(tmp_path)
    keys = [ArticleCache.key_for(f"seeds/{n}.txt", f"{n:064x}") for n in range(50)]
    for number, key in enumerate(keys):
        if number % 7:  # every seventh is never written
            cache.put(key, {"entry": number})
    damaged = keys[10]
    with open(cache._path(damaged), "wb") as handle:
        handle.write(b"\x80\x09not a pickle")

    entries = list(cache.get_many(keys))

    assert entries == [cache.get(key) for key in keys]
    assert entries[10] is None and entries[7] is None
    assert entries[11] == {"entry": 11} and entries[48] == {"entry": 48}
    assert sum(entry is not None for entry in entries) == 50 - 8 - 1


@pytest.mark.parametrize("body", ["", "Putin met Xi in Beijing on Monday to sign a deal.", " ".join(f"Sentence number {i} says something long enough to be a passage of its own here." for i in range(6))])
def test_an_entry_reads_back_with_its_arrays_exactly(body):
    import numpy as np

    from ruchina.pipeline.processing import process_article
    from ruchina.store.cache import dumps_entry, loads_entry

    raw = f"---\ndate: 2024-07-05\n---\n\nA title\n\n{body}\n".encode()
    made = process_article("seeds/001_a.txt", "001_a", raw)
    read = loads_entry(dumps_entry(made))
    pairs = [(made.features.signature, read.features.signature), (made.features.passage_keys, read.features.passage_keys),
             (made.features.passage_spans, read.features.passage_spans),
             (made.index_keys.events_filed, read.index_keys.events_filed),
             (made.index_keys.events_looks, read.index_keys.events_looks)]
    for before, after in pairs:
        assert (after.dtype, after.shape) == (before.dtype, before.shape) and np.array_equal(after, before)
    assert (read.row, read.extraction, read.features.exact_key, read.features.repeats) == \
        (made.row, made.extraction, made.features.exact_key, made.features.repeats)

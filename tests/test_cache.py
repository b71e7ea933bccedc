"""The per-article cache: entries by key, read many at a time ahead of their use."""

from __future__ import annotations

import pytest

import ruchina.cache
from ruchina.cache import ArticleCache


@pytest.mark.parametrize("files_per_task, tasks_in_flight", [(1, 1), (3, 2), (64, 16)])
def test_many_entries_come_back_in_order_with_none_for_missing_or_damaged_ones(tmp_path, monkeypatch,
                                                                               files_per_task, tasks_in_flight):
    monkeypatch.setattr(ruchina.cache, "READ_AHEAD_FILES", files_per_task)
    monkeypatch.setattr(ruchina.cache, "READ_AHEAD_TASKS", tasks_in_flight)
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

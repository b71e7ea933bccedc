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


def test_two_articles_read_back_share_their_short_strings_but_not_their_sentences():
    """Pickle shares a string only within one entry: without interning, every cached article
    read back held its own 'meeting', 'PERSON', 'en'... (about 2 KB an article)."""
    from ruchina.pipeline.processing import process_article
    from ruchina.store.cache import dumps_entry, loads_entry

    def read_back(number: int, city: str):
        raw = (f"---\ndate: 2024-07-0{number}\n---\n\nTalks in {city}\n\n"
               f"Vladimir Putin and Xi Jinping held talks in {city} on Monday, officials said.\n").encode()
        return loads_entry(dumps_entry(process_article(f"seeds/00{number}_a.txt", f"00{number}_a", raw)))

    first, second = read_back(1, "Beijing"), read_back(2, "Moscow")

    (first_key, first_language), = [(k, v) for k, v in first.row.items() if k == "language"]
    (second_key, second_language), = [(k, v) for k, v in second.row.items() if k == "language"]
    assert first_language == second_language == "en"
    assert first_key is second_key and first_language is second_language
    first_report, second_report = first.extraction.event_mentions[0], second.extraction.event_mentions[0]
    assert first_report.event_type == second_report.event_type == "meeting"
    assert first_report.event_type is second_report.event_type
    putins = [m.name for p in (first, second) for m in p.extraction.body_mentions if m.name == "Vladimir Putin"]
    assert len(putins) == 2 and putins[0] is putins[1]
    # A body is long: each article keeps its own.
    assert first.row["body"] is not second.row["body"]

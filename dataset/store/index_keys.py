"""One article's keys in the corpus index (corpus_index.py): where its event reports are
filed and where they look for others' (corpus/merge_keys.py), as 64-bit digests.
Made with the article's processing and cached with it, so an unchanged article's keys are
never made again.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ruchina.corpus.merge_keys import merge_keys
from ruchina.similarity.text_features import digest64


@dataclass(frozen=True)
class IndexKeys:
    """One article's event keys in the index, computed (and cached) with its processing:
    where its event reports are filed, and where they look for others (merge_keys.merge_keys),
    as 64-bit digests. (Its passages' keys are in its TextFeatures.)"""

    events_filed: np.ndarray
    events_looks: np.ndarray

    def __reduce__(self):
        # Its arrays as bytes, as TextFeatures pickles its own (numpy's pickling costs more).
        return _index_keys_from_bytes, (self.events_filed.tobytes(), self.events_looks.tobytes())


def _index_keys_from_bytes(events_filed: bytes, events_looks: bytes) -> IndexKeys:
    return IndexKeys(np.frombuffer(events_filed, dtype=np.uint64), np.frombuffer(events_looks, dtype=np.uint64))


def index_keys(extraction) -> IndexKeys:
    filed, looks = set(), set()
    for event in extraction.events:
        index_keys, query_keys = merge_keys(event)
        filed.update(digest64(repr(key)) for key in index_keys)
        looks.update(digest64(repr(key)) for key in query_keys)
    return IndexKeys(np.array(sorted(filed), dtype=np.uint64), np.array(sorted(looks), dtype=np.uint64))

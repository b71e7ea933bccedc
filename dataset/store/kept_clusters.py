"""The clusters of copies of a build after a few seeds changed, from the last build's.

Searching 100,000 articles for copies (corpus/copy_clusters.py) took 6-10 s of a build
after one added article; the last build's index holds each unchanged article's cluster,
signature and band keys, so only the new and changed articles are searched (against the
index) and the last clusters that lost an article are searched again among their other
members (copy_clusters.clusters_after_change): the same clusters, tested against the
whole search (tests/test_kept_clusters.py).
"""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np

from ruchina.corpus.copy_clusters import clusters_after_change
from ruchina.store.corpus_index import CorpusIndex

#: Beyond this many new or changed articles, the whole corpus is searched again.
MAX_FRESH = 1000


def copy_clusters_after_change(index: CorpusIndex | None, processed) -> list[list[str]] | None:
    """The clusters of copies of ``processed`` (every article of the build), from the last
    build's ``index``; None when it cannot tell (no index, another code's, or too many
    changes), and the caller searches the whole corpus."""
    if index is None or not index.same_code:
        return None
    old_rows = index.rows_of_unchanged([p.row for p in processed])
    fresh = [p for p, row in zip(processed, old_rows.tolist()) if row < 0]
    if len(fresh) > MAX_FRESH:
        return None
    unchanged = old_rows[old_rows >= 0]
    usable = np.zeros(len(index.article_ids), dtype=bool)
    usable[unchanged] = True
    members = defaultdict(list)
    for article_id, cluster_id in zip(index.article_ids[unchanged].tolist(), index.cluster_ids[unchanged].tolist()):
        members[cluster_id].append(article_id)
    size_before = Counter(index.cluster_ids.tolist())
    kept = [sorted(group) for label, group in members.items() if len(group) > 1 and len(group) == size_before[label]]
    broken = [sorted(group) for label, group in members.items() if 1 < len(group) < size_before[label]]
    candidates = {}
    for article in fresh:
        rows = index.copy_candidate_rows(article.features, usable)
        candidates[article.row["article_id"]] = index.article_ids[rows].tolist()
    return clusters_after_change(kept, broken, [p.row["article_id"] for p in fresh], candidates,
                                 {p.row["article_id"]: p.features for p in processed},
                                 {p.row["article_id"]: p.row["body"] for p in processed})

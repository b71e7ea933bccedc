"""duplicate-article: articles whose text is identical, or nearly so, to another's.

Exact copies share the hash of their normalised text. Near copies (a sentence or a few
words changed) are found with MinHash and locality-sensitive hashing (minhash.py), so the
cost grows with the corpus, not with its square; every candidate pair is then measured
exactly. A wire story runs in hundreds of outlets, and 300 copies make 44,850 pairs, so
the unit is the cluster, as near-duplicate tools make it: the connected components of the
exact and near pairs. One finding per cluster names every copy, the earliest article (by
published date, then id) as the one the others copy, and each copy's similarity to it.
Its id is derived from that earliest article alone, so it stays the same when one more
copy joins the cluster (and a curator who accepted the cluster has accepted its copies).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import numpy as np

from ruchina.checks.finding import Finding
from ruchina.checks.records import ColumnByKey, value_rows
from ruchina.checks.registry import CheckContext, register
from ruchina.similarity import minhash
from ruchina.similarity.minhash import ESTIMATE_FLOOR, jaccard, shingle_hashes, shingle_kind
from ruchina.similarity.text_units import normalize

CODE = "duplicate-article"
#: Exact Jaccard similarity from which two articles are near-duplicates.
DUPLICATE_THRESHOLD = 0.6
#: Copies a finding's message names with their similarity; its evidence names every one.
MESSAGE_MEMBERS = 20


@register(CODE, "error", "an article whose text is identical or near-identical to another's")
def find_duplicate_articles(context: CheckContext) -> list[Finding]:
    articles = context.frames.get("articles")
    if articles is None or len(articles) < 2:
        return []
    bodies = ColumnByKey(articles, "article_id", "body")
    features = context.text_features()
    groups = defaultdict(list)
    for article_id in bodies:
        groups[features[article_id].exact_key].append(article_id)
    # One article stands for each group of exact copies in the search for near copies.
    # Every pair of the corpus, even for a few articles in focus: a cluster is the whole
    # component, and `validate --changed` gives the checks every copy of a copy (its
    # small corpus is small).
    representatives = sorted(min(group) for group in groups.values())
    signatures = np.stack([features[i].signature for i in representatives])
    pairs = near_duplicate_pairs(representatives, signatures, bodies)
    clusters = copy_clusters(list(groups.values()), [(a, b) for a, b, _estimated, _exact in pairs])
    published = {a: d for a, d in value_rows(articles, "article_id", "published_date")}
    return [
        copy_cluster_finding(cluster, published, bodies, features)
        for cluster in clusters
        if context.wanted(cluster)
    ]


def copy_clusters(exact_groups: list[list[str]], near_pairs: list[tuple[str, str]]) -> list[list[str]]:
    """The connected components of two or more articles (each sorted, by first id) of
    the exact copies and the near pairs (between any article of two groups)."""
    parent: dict[str, str] = {}

    def root(item: str) -> str:
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def join(a: str, b: str) -> None:
        first, second = root(a), root(b)
        if first != second:
            parent[max(first, second)] = min(first, second)

    for group in exact_groups:
        for other in group[1:]:
            join(group[0], other)
    for a, b in near_pairs:
        join(a, b)
    members = defaultdict(list)
    for item in parent:
        members[root(item)].append(item)
    return sorted(sorted(group) for group in members.values() if len(group) > 1)


def earliest_first(cluster: list[str], published: dict) -> list[str]:
    """By published date (the undated last), then id: the first is the one the others copy."""
    return sorted(cluster, key=lambda a: (published.get(a) is None, published.get(a) or date.min, a))


def near_duplicate_pairs(ids: list[str], signatures: np.ndarray, bodies,
                         wanted: np.ndarray | None = None) -> list[tuple[str, str, float, float]]:
    """(id_a, id_b, estimated Jaccard, exact Jaccard) for every near-duplicate pair among
    ``ids`` (row i of ``signatures`` is ids[i]'s); ``bodies`` gives a text by id. With
    ``wanted`` (a mask of rows), only the pairs that include a wanted row."""
    pairs = []
    shingle_sets: dict[int, np.ndarray] = {}
    keys = minhash.band_keys(signatures)
    # Where the signatures already say no, the exact measure is skipped.
    if wanted is None:
        low_bytes = signatures.astype(np.uint8)
        candidates = minhash.candidate_pairs(keys, keep=lambda first, second: minhash.pairs_at_least(
            signatures, np.stack([first, second], axis=1), ESTIMATE_FLOOR, low_bytes))
    else:
        candidates = minhash.candidate_pairs_of(np.flatnonzero(wanted), keys)
    estimates = minhash.pair_estimates(signatures, candidates)
    for (a, b), estimated in zip(candidates[estimates >= ESTIMATE_FLOOR].tolist(), estimates[estimates >= ESTIMATE_FLOOR].tolist()):
        for row in (a, b):
            if row not in shingle_sets:
                shingle_sets[row] = shingle_hashes(bodies[ids[row]])
        exact = jaccard(shingle_sets[a], shingle_sets[b])
        if exact >= DUPLICATE_THRESHOLD:
            pairs.append((ids[a], ids[b], estimated, exact))
    return sorted(pairs)


def copy_cluster_finding(cluster: list[str], published: dict, bodies, features) -> Finding:
    """One finding for a cluster of copies: its earliest article, each copy's exact and
    estimated Jaccard similarity to it."""
    original, *copies = earliest_first(cluster, published)
    original_shingles = shingle_hashes(bodies[original])
    estimates = minhash.estimated_jaccard(features[original].signature,
                                          np.stack([features[c].signature for c in copies]))
    described, similarities, first_near = [], [], None
    for copy, estimated in zip(copies, estimates.tolist()):
        if features[copy].exact_key == features[original].exact_key:
            described.append(f"{copy} identical (Jaccard 1.00)")
            similarities.append(f"{copy} 1.00")
            continue
        exact = jaccard(original_shingles, shingle_hashes(bodies[copy]))
        described.append(f"{copy} near-duplicate: Jaccard similarity {exact:.2f} exact, {estimated:.2f} estimated")
        similarities.append(f"{copy} {exact:.2f}")
        first_near = first_near or copy
    dated = f", published {published[original]}" if published.get(original) else ""
    more = len(described) - MESSAGE_MEMBERS
    message = (f"{len(cluster)} articles carry one text; {original} (the earliest{dated}) is the one the others copy: "
               + "; ".join(described[:MESSAGE_MEMBERS])
               + (f"; and {more} more (the evidence names each)" if more > 0 else "")
               + f" ({shingle_kind(bodies[original])} shingles)")
    if first_near is None:
        quoted = f"first words: “{' '.join(bodies[original].split()[:25])}…”"
    else:
        quoted = f"{first_near} {_first_difference(bodies[original], bodies[first_near])}"
    evidence = f"similarity to {original}: {', '.join(similarities)}; {quoted}"
    return Finding.new(CODE, "error", "articles", [original, *copies], message, evidence=evidence,
                       attribute="copies", id_records=[original])


def _first_difference(a: str, b: str) -> str:
    """The first paragraph where the two texts part, quoted from each."""
    for left, right in zip(a.split("\n\n"), b.split("\n\n")):
        if normalize(left) != normalize(right):
            return f"differs at: “{left[:150]}” / “{right[:150]}”"
    return "one text continues where the other stops"

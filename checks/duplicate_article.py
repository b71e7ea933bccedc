"""duplicate-article: articles whose text is identical, or nearly so, to another's.

Exact copies share the hash of their normalised text. Near copies (a sentence or a few
words changed) are found with MinHash and locality-sensitive hashing (minhash.py), so the
cost grows with the corpus, not with its square; every candidate pair is then measured
exactly, and the finding gives both the estimated and the exact Jaccard similarity of
the two texts' word shingles.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from ruchina.checks.finding import Finding
from ruchina.checks.records import ColumnByKey
from ruchina.checks.registry import CheckContext, register
from ruchina.similarity import minhash
from ruchina.similarity.minhash import ESTIMATE_FLOOR, SHINGLE_WORDS, jaccard, shingle_hashes
from ruchina.similarity.text_units import normalize

CODE = "duplicate-article"
#: Exact Jaccard similarity from which two articles are near-duplicates.
DUPLICATE_THRESHOLD = 0.6


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
    copies = [sorted(group) for group in groups.values() if len(group) > 1 and context.wanted(group)]
    findings = [exact_copy_finding(group, bodies[group[0]]) for group in copies]
    # One article stands for each group of exact copies in the search for near copies.
    representatives = sorted(group[0] for group in groups.values())
    signatures = np.stack([features[i].signature for i in representatives])
    wanted = None if context.focus is None else np.array([i in context.focus for i in representatives])
    for first, second, estimated, exact in near_duplicate_pairs(representatives, signatures, bodies, wanted):
        findings.append(near_copy_finding(first, second, estimated, exact, bodies))
    return findings


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


def exact_copy_finding(group: list[str], body: str) -> Finding:
    return Finding.new(
        CODE, "error", "articles", group,
        f"{len(group)} articles have identical text: {', '.join(group)} (estimated and exact Jaccard 1.00)",
        evidence=f"first words: “{' '.join(body.split()[:25])}…”",
        attribute="exact",
    )


def near_copy_finding(first: str, second: str, estimated: float, exact: float, bodies) -> Finding:
    return Finding.new(
        CODE, "error", "articles", [first, second],
        f"{first} and {second} are near-duplicates: Jaccard similarity {exact:.2f} exact, "
        f"{estimated:.2f} estimated ({SHINGLE_WORDS}-word shingles)",
        evidence=_first_difference(bodies[first], bodies[second]),
        attribute="near",
    )


def _first_difference(a: str, b: str) -> str:
    """The first paragraph where the two texts part, quoted from each."""
    for left, right in zip(a.split("\n\n"), b.split("\n\n")):
        if normalize(left) != normalize(right):
            return f"differs at: “{left[:150]}” / “{right[:150]}”"
    return "one text continues where the other stops"

"""duplicate-article: articles whose text is identical, or nearly so, to another's.

Exact copies are found by hashing the normalised text. Near copies (a sentence or a few
words changed) are found with MinHash and locality-sensitive hashing (datasketch), so
the cost grows with the corpus, not with its square; every candidate pair is then
measured exactly, and the finding gives both the estimated and the exact Jaccard
similarity of the two texts' word shingles.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

from datasketch import MinHash, MinHashLSH

from .finding import Finding
from .registry import CheckContext, register
from .text_units import normalize

CODE = "duplicate-article"
#: Word n-grams compared. Three words keep a changed sentence from hiding a copy.
SHINGLE_WORDS = 3
NUM_PERM = 128
#: LSH finds candidates at this estimated similarity; the exact measure decides.
CANDIDATE_THRESHOLD = 0.4
#: Exact Jaccard similarity from which two articles are near-duplicates.
DUPLICATE_THRESHOLD = 0.6
#: Candidates whose estimated similarity is below this are not measured exactly (with
#: 128 permutations the estimate's standard error is under 0.05).
ESTIMATE_FLOOR = 0.45


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = normalize(text).split()
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


@register(CODE, "error", "an article whose text is identical or near-identical to another's")
def find_duplicate_articles(context: CheckContext) -> list[Finding]:
    articles = context.frames.get("articles")
    if articles is None or len(articles) < 2:
        return []
    ids, bodies = list(articles["article_id"]), list(articles["body"])
    findings, exact_groups = _exact_copies(ids, bodies)
    representatives = {group[0] for group in exact_groups} | {i for i in ids if not any(i in g for g in exact_groups)}
    findings.extend(_near_copies([i for i in ids if i in representatives], dict(zip(ids, bodies))))
    return findings


def _exact_copies(ids, bodies):
    groups = defaultdict(list)
    for article_id, body in zip(ids, bodies):
        groups[hashlib.sha256(normalize(body).encode()).hexdigest()].append(article_id)
    copies = [sorted(group) for group in groups.values() if len(group) > 1]
    findings = [
        Finding.new(
            CODE, "error", "articles", group,
            f"{len(group)} articles have identical text: {', '.join(group)} (estimated and exact Jaccard 1.00)",
            evidence=f"first words: “{' '.join(bodies[ids.index(group[0])].split()[:25])}…”",
            attribute="exact",
        )
        for group in copies
    ]
    return findings, copies


def near_duplicate_pairs(bodies: dict[str, str]) -> list[tuple[str, str, float, float]]:
    """(id_a, id_b, estimated Jaccard, exact Jaccard) for every near-duplicate pair."""
    ids = sorted(bodies)
    shingle_sets = [shingles(bodies[i]) for i in ids]
    encoded = [[s.encode("utf-8") for s in sorted(shingle_set)] for shingle_set in shingle_sets]
    signatures = MinHash.bulk(encoded, num_perm=NUM_PERM)
    lsh = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)
    pairs = []
    for index, (article_id, signature) in enumerate(zip(ids, signatures)):
        for other in lsh.query(signature):
            if signature.jaccard(signatures[other]) < ESTIMATE_FLOOR:
                continue  # the signatures already say no: skip the exact measure
            exact = jaccard(shingle_sets[index], shingle_sets[other])
            if exact >= DUPLICATE_THRESHOLD:
                pairs.append((ids[other], article_id, signature.jaccard(signatures[other]), exact))
        lsh.insert(index, signature)
    return sorted(pairs)


def _near_copies(ids: list[str], bodies: dict[str, str]) -> list[Finding]:
    findings = []
    for first, second, estimated, exact in near_duplicate_pairs({i: bodies[i] for i in ids}):
        differing = _first_difference(bodies[first], bodies[second])
        findings.append(
            Finding.new(
                CODE, "error", "articles", [first, second],
                f"{first} and {second} are near-duplicates: Jaccard similarity {exact:.2f} exact, "
                f"{estimated:.2f} estimated ({SHINGLE_WORDS}-word shingles)",
                evidence=differing,
                attribute="near",
            )
        )
    return findings


def _first_difference(a: str, b: str) -> str:
    """The first paragraph where the two texts part, quoted from each."""
    for left, right in zip(a.split("\n\n"), b.split("\n\n")):
        if normalize(left) != normalize(right):
            return f"differs at: “{left[:150]}” / “{right[:150]}”"
    return "one text continues where the other stops"

"""duplicate-article: articles whose text is identical, or nearly so, to another's, from
no other source: one record twice. syndicated-story: one text published by several outlets.

The clusters of copies (corpus/copy_clusters.py: exact copies by hash, near copies by
MinHash and LSH, measured exactly; connected components) are the articles table's
``cluster_id``. A wire story runs in hundreds of outlets, and 300 copies make 44,850
pairs, so the unit is the cluster: one finding per cluster, naming its earliest article
(by published date, then id) as the one the others copy and each copy's similarity to it.
A copy that another outlet published (another domain in its address, another stated
outlet) is a real article of the coverage: the cluster has one info finding,
syndicated-story, naming its outlets. Copies with no source, or from an outlet another
copy shares, are duplicate records: one error finding per cluster names them. Both ids
are derived from the earliest article alone, so they stay the same when one more copy
joins the cluster (and a curator who accepted the cluster has accepted its copies).
"""

from __future__ import annotations

import numpy as np

from ruchina.checks.finding import Finding
from ruchina.checks.records import ColumnByKey, value_rows
from ruchina.checks.registry import CheckContext, register
from ruchina.corpus.copy_clusters import (  # noqa: F401 - names this module has always offered
    DUPLICATE_THRESHOLD,
    copy_clusters,
    duplicate_records,
    earliest_first,
    near_duplicate_pairs,
    source_count,
    source_keys,
)
from ruchina.similarity import minhash
from ruchina.similarity.minhash import jaccard, shingle_hashes, shingle_kind
from ruchina.similarity.text_units import normalize

CODE = "duplicate-article"
SYNDICATED = "syndicated-story"
#: Copies a finding's message names with their similarity; its evidence names every one.
MESSAGE_MEMBERS = 20


@register(CODE, "error", "an article whose text is identical or near-identical to another's")
def find_duplicate_articles(context: CheckContext) -> list[Finding]:
    articles = context.frames.get("articles")
    if articles is None or len(articles) < 2:
        return []
    bodies = ColumnByKey(articles, "article_id", "body")
    features = context.text_features()
    published = {a: d for a, d in value_rows(articles, "article_id", "published_date")}
    sources = context.copy_sources()
    titles = {a: t for a, t in value_rows(articles, "article_id", "title")} if "title" in articles else {}
    findings = []
    for cluster in context.copy_clusters():
        if not context.wanted(cluster):
            continue
        original = earliest_first(cluster, published)[0]
        duplicates = duplicate_records(cluster, sources, {a: (titles.get(a), published.get(a)) for a in cluster})
        if duplicates:
            named = earliest_first(sorted({original, *duplicates}), published)
            if len(named) < 2:  # the earliest is the one with no source: it and its first copy
                named = earliest_first(cluster, published)[:2]
            findings.append(copy_cluster_finding(named, published, bodies, features, len(cluster)))
    return findings


@register(SYNDICATED, "info", "one story published by several outlets (a wire copy): its cluster of copies")
def find_syndicated_stories(context: CheckContext) -> list[Finding]:
    articles = context.frames.get("articles")
    if articles is None or len(articles) < 2:
        return []
    published = {a: d for a, d in value_rows(articles, "article_id", "published_date")}
    sources = context.copy_sources()
    outlets = {a: o for a, o in value_rows(articles, "article_id", "outlet")}
    urls = {a: u for a, u in value_rows(articles, "article_id", "url")}
    findings = []
    for cluster in context.copy_clusters():
        if not context.wanted(cluster):
            continue
        outlets_count = source_count(cluster, sources)
        if outlets_count < 2:
            continue
        ordered = earliest_first(cluster, published)
        named = [f"{a} ({outlets.get(a) or _domain(urls.get(a)) or 'no source'})" for a in ordered]
        more = len(named) - MESSAGE_MEMBERS
        message = (f"one story in {len(cluster)} articles from {outlets_count} outlets; {ordered[0]} is the earliest: "
                   + ", ".join(named[:MESSAGE_MEMBERS])
                   + (f" and {more} more (record_ids names each)" if more > 0 else ""))
        findings.append(Finding.new(SYNDICATED, "info", "articles", ordered, message,
                                    evidence=f"cluster_id {ordered[0]}", attribute="story", id_records=[ordered[0]]))
    return findings


def _domain(url: str | None) -> str | None:
    keys = source_keys(url, None)
    return next(iter(keys)).split(":", 1)[1] if keys else None


def copy_cluster_finding(cluster: list[str], published: dict, bodies, features, size: int | None = None) -> Finding:
    """One finding for the duplicate records of a cluster (of ``size`` articles, all of
    them by default): its earliest article, each copy's exact and estimated Jaccard
    similarity to it."""
    original, *copies = earliest_first(cluster, published)
    size = size or len(cluster)
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
    of_size = f" (of the {size} of its cluster)" if size > len(cluster) else ""
    message = (f"{len(cluster)} articles{of_size} carry one text; {original} (the earliest{dated}) is the one the others copy: "
               + "; ".join(described[:MESSAGE_MEMBERS])
               + (f"; and {more} more (the evidence names each)" if more > 0 else "")
               + f" ({shingle_kind(bodies[original])} shingles); the same outlet or no stated source: one record twice")
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

"""Copies of one story across the corpus: which articles are one text, exactly or nearly.

Exact copies share the hash of their normalised text. Near copies (a sentence or a few
words changed, a local edit) are found with MinHash and locality-sensitive hashing
(similarity/minhash.py), so the cost grows with the corpus, not with its square; every
candidate pair is then measured exactly. A wire story runs in hundreds of outlets, so the
unit is the cluster, as near-duplicate tools make it: the connected components of the
exact and near pairs. The articles table names each article's cluster (``cluster_id``:
its earliest article, by published date then id; an article in no cluster is its own),
and duplicate-article reports each cluster once.

Whether two copies are one record twice or one story syndicated is a question of source:
a copy published by another outlet (another domain in its address, another stated
outlet) is a real article of the coverage; a copy from the same outlet, or with no
source to tell, is a duplicate record (``source_keys``, ``duplicate_records``).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from urllib.parse import urlsplit

import numpy as np

from ruchina.similarity import minhash
from ruchina.similarity.minhash import ESTIMATE_FLOOR, jaccard, shingle_hashes
from ruchina.similarity.template_fillings import two_fillings

#: Exact Jaccard similarity from which two articles are near-duplicates.
DUPLICATE_THRESHOLD = 0.6


def near_copies(similarity: float, first: str, second: str) -> bool:
    """Whether two texts this similar (the exact Jaccard similarity of their shingles) are
    copies of one text: similar enough, and not one template filled for two subjects ("the
    126th Brigade", "the 155th Brigade": two records; template_fillings.py)."""
    return similarity >= DUPLICATE_THRESHOLD and not two_fillings(first, second)


def find_copy_clusters(features, bodies) -> list[list[str]]:
    """The clusters (two or more articles each, sorted; sorted by first id) of the articles
    ``features`` holds (TextFeatures by article id); ``bodies`` gives a text by id."""
    groups = defaultdict(list)
    for article_id, feature in features.items():
        groups[feature.exact_key].append(article_id)
    if len(features) < 2:
        return []
    components = _Components()
    for group in groups.values():
        components.join_all(group)
    # One article stands for each group of exact copies in the search for near copies.
    representatives = sorted(min(group) for group in groups.values())
    signatures = np.stack([features[i].signature for i in representatives])
    for a, b in _candidates_most_similar_first(signatures):
        first, second = representatives[a], representatives[b]
        # A pair its cluster already holds changes no cluster: not measured (a wire story
        # of 300 copies is 44,850 candidate pairs, and 299 of them make its cluster).
        if components.root(first) != components.root(second) and components.near(first, second, bodies):
            components.join(first, second)
    return components.clusters()


def clusters_after_change(kept: list[list[str]], broken: list[list[str]], fresh: list[str],
                          candidates: dict[str, list[str]], features, bodies) -> list[list[str]]:
    """The clusters find_copy_clusters would find in a corpus whose last clusters are known,
    with only the work a few new or changed articles make: ``kept``, the last clusters none
    of whose articles changed (their copies are as they were); ``broken``, the unchanged
    members of each last cluster that lost one (searched again among themselves: the lost
    one may have been the copy that linked them); ``fresh``, the new and changed articles
    (searched among themselves); ``candidates``, for each fresh article, the unchanged
    articles it could copy (the same text, or an LSH candidate the signatures do not rule
    out, as find_copy_clusters measures them)."""
    components = _Components()
    for cluster in kept:
        components.join_all(cluster)
    for members in [*broken, fresh]:
        for cluster in find_copy_clusters({member: features[member] for member in members}, bodies):
            components.join_all(cluster)
    for article in fresh:
        for other in candidates.get(article, ()):
            if components.root(article) != components.root(other) and (
                    features[article].exact_key == features[other].exact_key or components.near(article, other, bodies)):
                components.join(article, other)
    return components.clusters()


class _Components:
    """Articles joined into connected components (union-find), with the shingles of the
    texts measured so far."""

    def __init__(self):
        self.parent: dict[str, str] = {}
        self.shingles: dict[str, np.ndarray] = {}

    def root(self, item: str) -> str:
        parent = self.parent
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def join(self, a: str, b: str) -> None:
        first, second = self.root(a), self.root(b)
        if first != second:
            self.parent[max(first, second)] = min(first, second)

    def join_all(self, group: list[str]) -> None:
        for other in group[1:]:
            self.join(group[0], other)

    def near(self, a: str, b: str, bodies) -> bool:
        """Whether two texts are near copies, measured exactly."""
        for item in (a, b):
            if item not in self.shingles:
                self.shingles[item] = shingle_hashes(bodies[item])
        return near_copies(jaccard(self.shingles[a], self.shingles[b]), bodies[a], bodies[b])

    def clusters(self) -> list[list[str]]:
        """Each component of two or more, sorted, by first id."""
        members = defaultdict(list)
        for item in self.parent:
            members[self.root(item)].append(item)
        return sorted(sorted(group) for group in members.values() if len(group) > 1)


def copy_clusters(exact_groups: list[list[str]], near_pairs: list[tuple[str, str]]) -> list[list[str]]:
    """The connected components of two or more articles (each sorted, by first id) of
    the exact copies and the near pairs (between any article of two groups)."""
    components = _Components()
    for group in exact_groups:
        components.join_all(group)
    for a, b in near_pairs:
        components.join(a, b)
    return components.clusters()


def earliest_first(cluster: list[str], published: dict) -> list[str]:
    """By published date (the undated last), then id: the first is the one the others copy."""
    return sorted(cluster, key=lambda a: (published.get(a) is None, published.get(a) or date.min, a))


def cluster_ids(article_ids, clusters: list[list[str]], published: dict) -> dict[str, str]:
    """Each article's cluster id: its cluster's earliest article (earliest_first), or the
    article itself when it is in no cluster (so that grouping by it counts stories)."""
    of = {article_id: article_id for article_id in article_ids}
    for cluster in clusters:
        first = earliest_first(cluster, published)[0]
        for member in cluster:
            of[member] = first
    return of


def near_duplicate_pairs(ids: list[str], signatures: np.ndarray, bodies,
                         wanted: np.ndarray | None = None) -> list[tuple[str, str, float, float]]:
    """(id_a, id_b, estimated Jaccard, exact Jaccard) for every near-duplicate pair among
    ``ids`` (row i of ``signatures`` is ids[i]'s); ``bodies`` gives a text by id. With
    ``wanted`` (a mask of rows), only the pairs that include a wanted row."""
    pairs = []
    shingle_sets: dict[int, np.ndarray] = {}
    candidates, estimates = _likely_candidates(signatures, wanted)
    for (a, b), estimated in zip(candidates.tolist(), estimates.tolist()):
        for row in (a, b):
            if row not in shingle_sets:
                shingle_sets[row] = shingle_hashes(bodies[ids[row]])
        exact = jaccard(shingle_sets[a], shingle_sets[b])
        if near_copies(exact, bodies[ids[a]], bodies[ids[b]]):
            pairs.append((ids[a], ids[b], estimated, exact))
    return sorted(pairs)


def _likely_candidates(signatures: np.ndarray, wanted: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The LSH candidate row pairs (of a ``wanted`` row, if given) whose estimated
    similarity reaches ESTIMATE_FLOOR, and their estimates."""
    keys = minhash.band_keys(signatures)
    # Where the signatures already say no, the exact measure is skipped.
    if wanted is None:
        low_bytes = signatures.astype(np.uint8)
        candidates = minhash.candidate_pairs(keys, keep=lambda first, second: minhash.pairs_at_least(
            signatures, np.stack([first, second], axis=1), ESTIMATE_FLOOR, low_bytes))
    else:
        candidates = minhash.candidate_pairs_of(np.flatnonzero(wanted), keys)
    estimates = minhash.pair_estimates(signatures, candidates)
    likely = estimates >= ESTIMATE_FLOOR
    return candidates[likely], estimates[likely]


def _candidates_most_similar_first(signatures: np.ndarray) -> list[tuple[int, int]]:
    """The likely candidate row pairs, the highest estimate first (ties by rows): a
    cluster is joined by its closest copies, and its other pairs need no measure."""
    candidates, estimates = _likely_candidates(signatures)
    if not len(candidates):
        return []
    order = np.lexsort((candidates[:, 1], candidates[:, 0], -estimates))
    return candidates[order].tolist()


def source_keys(url: str | None, outlet: str | None) -> frozenset[str]:
    """What names an article's source: the domain of its address (without ``www.``) and its
    stated outlet, case-folded. Empty when it states neither."""
    keys = set()
    if url:
        host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
        if host:
            keys.add(f"domain:{host}")
    if outlet and outlet.strip():
        keys.add(f"outlet:{' '.join(outlet.casefold().split())}")
    return frozenset(keys)


def other_source(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two copies come from different outlets: each names its source, and no
    domain or outlet of one is the other's."""
    return bool(first) and bool(second) and first.isdisjoint(second)


def duplicate_records(cluster: list[str], sources: dict[str, frozenset[str]],
                      editions: dict[str, tuple] | None = None) -> list[str]:
    """The members of a cluster that are not a story's publication by an outlet of its own:
    those with no source, and those whose source another member shares in the same edition.
    ``editions`` (article id -> (title, published date), optional) tells apart two articles
    of one outlet that reuse one text: under other headlines on other days ("X will visit
    Y" on the 2nd, "X arrived in Y" on the 4th, one background paragraph) they are two
    records of the outlet, not one twice (same_record). Sorted."""
    duplicates = set()
    by_key = defaultdict(list)
    for member in cluster:
        keys = sources.get(member, frozenset())
        if not keys:
            duplicates.add(member)
        for key in keys:
            by_key[key].append(member)
    for members in by_key.values():
        if len(members) > 1:
            duplicates.update(_printed_twice(members, editions or {}))
    return sorted(duplicates)


#: the share of their words two headlines of one record keep (word Jaccard): an edited
#: headline keeps most ("Leaders meet in Tashkent", "... in Tashkent, agree a hub": 0.57)
SAME_HEADLINE = 0.5


def same_record(first: tuple | None, second: tuple | None) -> bool:
    """Whether two articles of one outlet that carry one text can be one record: unless
    each states a headline and a day, and both differ (headlines sharing few words)."""
    (first_title, first_day), (second_title, second_day) = first or (None, None), second or (None, None)
    if not (first_title and second_title and first_day and second_day) or first_day == second_day:
        return True
    first_words, second_words = set(first_title.casefold().split()), set(second_title.casefold().split())
    return len(first_words & second_words) >= SAME_HEADLINE * len(first_words | second_words)


def _printed_twice(members: list[str], editions: dict[str, tuple]) -> list[str]:
    """The members of one source that another member prints again: grouped with the first
    member whose edition is the same record's (same_record), in groups of two or more."""
    groups: list[list[str]] = []
    for member in members:
        group = next((g for g in groups if same_record(editions.get(g[0]), editions.get(member))), None)
        if group is None:
            groups.append([member])
        else:
            group.append(member)
    return [member for group in groups if len(group) > 1 for member in group]


def source_count(cluster: list[str], sources: dict[str, frozenset[str]]) -> int:
    """How many outlets published the cluster: its members that name a source, grouped by
    any domain or outlet two of them share."""
    group_of: dict[str, int] = {}
    groups: list[int] = []

    def find(group: int) -> int:
        while groups[group] != group:
            group = groups[group]
        return group

    for member in cluster:
        keys = sources.get(member, frozenset())
        if not keys:
            continue
        groups.append(len(groups))
        mine = groups[-1]
        for key in keys:
            if key in group_of:
                groups[find(group_of[key])] = find(mine)
            group_of[key] = mine
    return len({find(group) for group in range(len(groups))})

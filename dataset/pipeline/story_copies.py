"""The copies of a wire story that the small corpus of `validate --changed` and `add`
holds, when a changed article is (or could be) one more copy of a story the build knows.

A wire story runs in hundreds of outlets, and the build's clusters of copies (the
articles table's ``cluster_id``, kept in the corpus index) already say which articles
tell it. What the checks say about one more copy needs few of them: the cluster's
representative (its earliest article, the cluster_id), the copies measured to learn that
the changed article joins it, the copies duplicate-article names (the duplicate records:
copies with no source, or from an outlet another copy shares; its two earliest) and the
copies a shared passage or an event ties to other stories. Every other member takes part
without its text, as its row of the build's articles table (body left empty): the
syndicated-story finding names it, conflicting-claim counts the story once, shared-passage
sees a passage only the story's copies hold as no finding between stories.

Copies report the same events, and an event's date, place and kind are what its reports
say most often: the small corpus merges the reports of the copies it holds, and its events
are checked against the build's (verify_events). Where one differs (the left-out copies
would have outvoted what the held ones say) the caller loads every copy again, as
before this module.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ruchina.corpus.copy_clusters import duplicate_records, earliest_first, near_copies, source_keys
from ruchina.pipeline.processing import ProcessedArticle
from ruchina.similarity import minhash
from ruchina.similarity.minhash import jaccard, shingle_hashes
from ruchina.store.corpus_index import CorpusIndex

#: The event columns that the reports' votes decide, compared with the build's.
VOTED_COLUMNS = ["event_id", "event_type", "label", "start_date", "end_date", "date_precision", "location_id",
                 "participant_ids", "status", "part_of"]


@dataclass
class StoryCopies:
    """What the small corpus holds of the build's clusters a changed article touches."""

    #: rows of copies the small corpus processes (representatives, measured, named copies)
    held: set[int] = field(default_factory=set)
    #: rows of the other members of those clusters: rows of the build's articles table only
    left_out: set[int] = field(default_factory=set)
    #: the whole corpus's cluster_id of every member of those clusters and of the changed
    #: articles that join one, by article id
    cluster_of: dict[str, str] = field(default_factory=dict)
    #: the published date of each article the clusters name, by id
    dates: dict = field(default_factory=dict)
    #: whether cluster_of holds the small corpus's own clusters too (with_cluster_ids)
    settled: bool = False


def story_copies(index: CorpusIndex, changed: list[ProcessedArticle], usable: np.ndarray, bodies,
                 published: dict) -> StoryCopies | None:
    """The copies of the stories the ``changed`` articles could join (their same text and
    near-text candidates among ``usable`` rows, in clusters of two or more). ``bodies``
    gives the text at index rows (a list of rows -> list of texts); ``published`` the
    build's published date by article id, asked for the members (a list of ids -> dict).
    None when a cluster has a member changed since the build (it may have split: the
    caller holds every copy)."""
    found = StoryCopies()
    candidates = _candidates_by_cluster(index, changed, usable)
    if not candidates:
        return found
    members = {cluster: np.flatnonzero(index.cluster_ids == cluster) for cluster in
               {c for by_cluster in candidates.values() for c in by_cluster}}
    if any(not usable[rows].all() for rows in members.values()):
        return None
    joins = _Joins()
    for article in changed:
        for cluster, rows in candidates.get(article.row["article_id"], {}).items():
            if len(members[cluster]) < 2:  # no story: the candidate is compared as any article
                found.held.update(rows)
                continue
            joins.root(cluster)
            shingles = None
            for row in rows:
                found.held.add(row)
                if index.exact_keys[row] == np.uint64(int(article.features.exact_key[:16], 16)):
                    joins.join(cluster, article.row["article_id"])
                    break
                shingles = shingle_hashes(article.row["body"]) if shingles is None else shingles
                (body,) = bodies([row])
                if near_copies(jaccard(shingles, shingle_hashes(body)), article.row["body"], body):
                    joins.join(cluster, article.row["article_id"])
                    break
    stories = {cluster: rows for cluster, rows in members.items() if len(rows) >= 2}
    if not stories:
        return found
    ids_of = {cluster: index.article_ids[rows].tolist() for cluster, rows in stories.items()}
    dates = published([a for ids in ids_of.values() for a in ids])
    changed_by_id = {a.row["article_id"]: a for a in changed}
    dates.update({a: p.row["published_date"] for a, p in changed_by_id.items()})
    found.dates = dates
    for component in joins.components():
        ids = [a for item in component for a in (ids_of.get(item) or [item])]
        first = earliest_first(ids, dates)
        sources = {index.article_ids[row]: index.sources_of(row) for cluster in component if cluster in stories
                   for row in stories[cluster].tolist()}
        sources.update({a: source_keys(changed_by_id[a].row.get("url"), changed_by_id[a].row.get("outlet"))
                        for a in component if a in changed_by_id})
        named = set(first[:2]) | set(duplicate_records(sorted(ids), sources))
        found.held.update(index.rows_of(named - changed_by_id.keys()).tolist())
        found.cluster_of.update({a: first[0] for a in ids})
    every = set(np.concatenate(list(stories.values())).tolist()) if stories else set()
    found.left_out = every - found.held
    return found


def _candidates_by_cluster(index: CorpusIndex, changed: list[ProcessedArticle], usable: np.ndarray) -> dict:
    """Changed article id -> build cluster id -> its rows a changed article could copy (the
    same text first, then the closest estimate first), as the whole corpus's search for
    near copies measures them (copy_clusters.find_copy_clusters)."""
    found: dict[str, dict[str, list[int]]] = {}
    for article in changed:
        same = index.same_text_rows(article.features.exact_key, usable)
        near = index.near_text_rows(article.features.signature, usable)
        near = near[~np.isin(near, same)]
        estimates = minhash.estimated_jaccard(article.features.signature, index.signatures[near])
        rows = same.tolist() + near[np.lexsort((near, -estimates))].tolist()
        by_cluster: dict[str, list[int]] = defaultdict(list)
        for row, cluster in zip(rows, index.cluster_ids[rows].tolist() if rows else []):
            by_cluster[cluster].append(row)
        if by_cluster:
            found[article.row["article_id"]] = dict(by_cluster)
    return found


class _Joins:
    """Build clusters joined by the changed articles that copy them (union-find)."""

    def __init__(self):
        self.parent: dict[str, str] = {}

    def root(self, item: str) -> str:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            item = self.parent[item]
        return item

    def join(self, a: str, b: str) -> None:
        first, second = self.root(a), self.root(b)
        if first != second:
            self.parent[max(first, second)] = min(first, second)

    def components(self) -> list[list[str]]:
        groups = defaultdict(list)
        for item in self.parent:
            groups[self.root(item)].append(item)
        return [sorted(group) for group in groups.values()]


def member_rows(build_articles: pa.Table, ids: list[str]) -> pa.Table:
    """The build's articles rows of these members, their text left out (an empty body)."""
    rows = build_articles.filter(pc.is_in(build_articles.column("article_id"), pa.array(sorted(ids), pa.string())))
    return rows.append_column("body", pa.array([""] * len(rows), pa.string()))


def with_cluster_ids(articles: pa.Table, copies: StoryCopies) -> pa.Table:
    """The articles table with the whole corpus's cluster_id of the story members it holds.
    The first table given (the small corpus's own, whose clusters join changed articles
    to each other) joins its clusters to the stories it touches, for good."""
    ids = articles.column("article_id").to_pylist()
    own = articles.column("cluster_id").to_pylist()
    if not copies.settled:
        copies.dates.update(zip(ids, articles.column("published_date").to_pylist()))
        groups = _Joins()
        for article_id, cluster_id in zip(ids, own):
            groups.join(cluster_id, article_id)
        for article_id, cluster_id in copies.cluster_of.items():
            groups.join(f"story {cluster_id}", article_id)
        for component in groups.components():
            members = [a for a in component if not a.startswith("story ")]
            if any(a in copies.cluster_of for a in members):
                first = earliest_first(members, copies.dates)[0]
                copies.cluster_of.update({a: first for a in members})
        copies.settled = True
    if not copies.cluster_of:
        return articles
    column = [copies.cluster_of.get(a, c) for a, c in zip(ids, own)]
    position = articles.schema.get_field_index("cluster_id")
    return articles.set_column(position, articles.schema.field(position), pa.array(column, pa.string()))


def events_as_built(small_events: pa.Table, build_events: pa.Table, left_out_ids: set[str]) -> bool:
    """Whether every event of the small corpus that a build event with left-out copies
    shares an article with is that build event, as its reports' votes decide it. (An article
    may report two events: its other event, as the build has it too, is compared with that.)"""
    if not left_out_ids or not len(small_events):
        return True
    build_ids = build_events.column("article_ids").combine_chunks()
    holds_left_out = pc.is_in(pc.list_flatten(build_ids), pa.array(sorted(left_out_ids), pa.string()))
    with_copies = build_events.take(pc.unique(pc.filter(pc.list_parent_indices(build_ids), holds_left_out)))
    built_by_id = {row["event_id"]: row for row in with_copies.to_pylist()}
    of_copies = {article_id for row in built_by_id.values() for article_id in row["article_ids"]}
    elsewhere = set(build_events.column("event_id").to_pylist()) - set(built_by_id)
    for row in small_events.to_pylist():
        built = built_by_id.get(row["event_id"])
        if built is not None and any(built[c] != row[c] for c in VOTED_COLUMNS):
            return False
        if built is None and row["event_id"] not in elsewhere and of_copies.intersection(row["article_ids"]):
            return False  # (the event of the copies, decided otherwise: another id)
    return True

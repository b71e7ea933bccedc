"""The tables and findings that concern a few changed articles, in seconds at any corpus
size: `validate --changed` and `add` on a repository that has a build.

Instead of the whole corpus, the checks see a small one: the changed articles, and the
articles the build's corpus index (corpus_index.py) says a check could pair with them
(the same text, a near copy, a shared passage, an event report that could merge), with
every article of the events those report. Those come from the per-article cache; the
claims other articles make about the same subjects come from the build's claims table. Of a
wire story a changed article copies, the small corpus holds a few copies, and the others
take part as their rows of the build's articles table (story_copies.py): the related set of
a new copy of a story of 300 is its representative and the copies a finding names.
Every check then runs as in a full build, told which articles are in focus so it can skip
the work no finding about them needs, and the findings that concern the changed articles
are the answer. Without a usable index (no build yet, a build by other code, or
many changes) the caller checks the whole corpus instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ruchina.checks import CheckContext, run_checks
from ruchina.checks.accepted import read_accepted
from ruchina.corpus.event_merge import Event
from ruchina.corpus.event_reports import Commonness
from ruchina.pipeline.build import derived_tables, process_files, table_frames
from ruchina.pipeline.findings_table import findings_table
from ruchina.pipeline.memory import cycle_collection_paused
from ruchina.pipeline.processing import ProcessedArticle
from ruchina.pipeline.story_copies import (
    VOTED_COLUMNS,
    StoryCopies,
    events_as_built,
    member_rows,
    story_copies,
    with_cluster_ids,
)
from ruchina.read.loader import convert_table
from ruchina.read.manifest import Manifest
from ruchina.schemas import ARROW_SCHEMAS
from ruchina.store.article_store import ArticleStore
from ruchina.store.build_directory import BuildDirectory
from ruchina.store.corpus_index import PASSAGE_HOLDERS, CorpusIndex
from ruchina.store.index_arrays import lookup
from ruchina.store.repository import RepositoryFiles

#: Beyond this many changed articles (a bulk import) the "small" corpus is no longer
#: small, and the whole corpus is checked instead.
MAX_CHANGED_ARTICLES = 200


@dataclass
class ChangedTables:
    tables: dict[str, pa.Table]
    changed_ids: set[str]
    #: articles the checks saw besides the changed ones
    compared: int


@cycle_collection_paused()
def tables_for_changed(repo: RepositoryFiles, changed_paths: set[str], extra: dict[str, bytes] | None = None,
                       index: CorpusIndex | None = None, current: dict[str, str] | None = None) -> ChangedTables | None:
    """The tables (findings included) of the changed seeds and the articles related to
    them; ``extra`` are files not yet in seeds/ (by seed path). None when the build's
    index cannot answer. ``index`` and ``current`` (repo.seed_files()) are read here
    unless the caller has them."""
    build = BuildDirectory(repo.build_dir)
    index = index or build.index()
    if index is None or not index.same_code:  # the build's tables and findings are another code's
        return None
    extra = extra or {}
    current = current if current is not None else repo.seed_files()
    stale = index.stale_paths(current)
    queries = set(changed_paths) | set(extra) | index.unindexed_paths(current)
    if len(queries) > MAX_CHANGED_ARTICLES:
        return None
    store = ArticleStore(repo.root, index)
    changed = process_files([(path, extra[path] if path in extra else current[path]) for path in sorted(queries)], store)
    changed_ids = {p.row["article_id"] for p in changed}
    usable = index.rows_without(stale | queries, changed_ids)
    build_manifest = build.manifest()
    build_events = build.table("events", build_manifest, columns=["event_id", *VOTED_COLUMNS[1:], "article_ids", "evidence"])
    # The changed seeds' article ids, as the build knew them (their old versions)
    before_the_change = {Path(path).stem for path in stale | queries}
    # What is common (ties no reports) is what the whole corpus names often, not the small one.
    common = _common_in_build(build, build_manifest, len(index.article_ids))
    members = _Members(build, build_manifest)
    copies = story_copies(index, changed, usable, lambda rows: [p.row["body"] for p in indexed_articles(store, rows, current)],
                          members.published)
    small = _small_corpus(index, store, current, changed, usable, copies, build_events, before_the_change, common)
    if copies is not None and copies.left_out and not events_as_built(small[0]["events"], build_events,
                                                                          set(index.article_ids[sorted(copies.left_out)].tolist())):
        # The copies left out would have decided an event otherwise: the small corpus holds them all.
        copies = None
        small = _small_corpus(index, store, current, changed, usable, copies, build_events, before_the_change, common)
    tables, processed, related = small
    frames = table_frames(tables)
    features = {p.row["article_id"]: p.features for p in processed}
    findings = run_checks(CheckContext(frames=frames, focus=changed_ids), only={"schema"})
    # What other articles claim about the same subjects (an organisation's member count)
    # takes part in conflicting-claim, without their articles.
    claims = _with_claims_of_others(build, build_manifest, tables["claims"], processed, stale | queries)
    frames["claims"] = convert_table(claims, "pandas")
    stubs, left_out = [], []
    if copies is not None and copies.left_out:
        # The story's other copies, by their rows of the build's articles table (no text).
        left_out = index.article_ids[sorted(copies.left_out)].tolist()
        stubs.append(members.rows(left_out, copies))
    # ... and those other claims' articles: a member count holds at a time, the weeks around its
    # article's date, and copies of one story are one witness (conflicting-claim reads both).
    claimants = set(pc.unique(claims.column("article_id")).to_pylist()) - set(left_out) - {
        p.row["article_id"] for p in processed}
    if claimants:
        stubs.append(member_rows(members.table(), sorted(claimants)))
    if stubs:
        schema = tables["articles"].schema
        frames["articles"] = convert_table(pa.concat_tables(
            [tables["articles"], *(stub.select(schema.names).cast(schema) for stub in stubs)]), "pandas")
    findings += run_checks(CheckContext(frames=frames, features=features, focus=changed_ids), skip={"schema"})
    tables["findings"] = findings_table(findings, read_accepted(repo.accepted_path))
    return ChangedTables(tables, changed_ids, len(related))


def _small_corpus(index: CorpusIndex, store: ArticleStore, current: dict[str, str], changed: list[ProcessedArticle],
                  usable: np.ndarray, copies: StoryCopies | None, build_events: pa.Table, before_the_change: set[str],
                  common: Commonness) -> tuple[dict[str, pa.Table], list[ProcessedArticle], list[ProcessedArticle]]:
    """The tables of the changed articles and the related ones: with ``copies``, of each
    story they copy only the copies it holds (story_copies.py), else every copy."""
    if copies is None:
        rows = index.related_rows(changed, usable) | _rows_of_copy_chains(index, changed, usable)
        nearby = usable
    else:
        # The story's other copies are no article of the small corpus; a passage only they
        # and the changed article hold ties no two stories.
        nearby = usable.copy()
        nearby[sorted(copies.left_out)] = False
        rows = index.related_rows(changed, nearby) | copies.held | _rows_of_passages_beyond(index, changed, usable, copies)
    # With the events of those old versions: an edit can take an article out of an event,
    # which its other articles then report without it.
    reporting = set(index.article_ids[sorted(rows)].tolist()) | before_the_change
    rows |= _rows_of_shared_events(build_events, index, reporting, nearby)
    related = indexed_articles(store, sorted(rows), current)
    processed = changed + related
    inside = {p.row["article_id"] for p in processed} | before_the_change
    tables, _events = derived_tables(processed, _EventsElsewhere(build_events, index, inside).colliding, common)
    if copies is not None:
        copies.left_out -= rows
        tables["articles"] = with_cluster_ids(tables["articles"], copies)
    return tables, processed, related


def _rows_of_passages_beyond(index: CorpusIndex, changed: list[ProcessedArticle], usable: np.ndarray,
                             copies: StoryCopies) -> set[int]:
    """The holders of a changed article's long passage that a story's left-out copy holds
    too, when a holder is not of the changed article's story: the passage ties stories, and
    shared-passage names (or counts, up to PASSAGE_HOLDERS) each holder."""
    found: set[int] = set()
    for article in changed:
        story = copies.cluster_of.get(article.row["article_id"])
        for key in article.features.passage_keys.tolist():
            holders = lookup(index.passage_keys, index.passage_rows, key)
            holders = holders[usable[holders]]
            if copies.left_out.isdisjoint(holders.tolist()):
                continue  # related_rows found them
            ids = index.article_ids[holders].tolist()
            if story is None or any(copies.cluster_of.get(a) != story for a in ids):
                found.update(holders[:PASSAGE_HOLDERS].tolist())
    return found


class _Members:
    """The build's articles rows (their text left out) of a story's copies, read once."""

    def __init__(self, build: BuildDirectory, build_manifest: Manifest):
        self._build, self._manifest, self._table = build, build_manifest, None

    def table(self) -> pa.Table:
        if self._table is None:
            names = [n for n in ARROW_SCHEMAS["articles"].names if n != "body"]
            self._table = self._build.table("articles", self._manifest, columns=names)
        return self._table

    def published(self, ids: list[str]) -> dict:
        rows = member_rows(self.table(), ids)
        return dict(zip(rows.column("article_id").to_pylist(), rows.column("published_date").to_pylist()))

    def rows(self, ids: list[str], copies: StoryCopies) -> pa.Table:
        return with_cluster_ids(member_rows(self.table(), ids), copies)


def _rows_of_copy_chains(index: CorpusIndex, changed: list[ProcessedArticle], usable: np.ndarray) -> set[int]:
    """The rows (among ``usable``) that a chain of copies links to a changed article: a
    duplicate-article finding names its whole cluster (a copy of a copy too), and the small
    corpus must hold it to make the finding the whole corpus's check makes. The rows a
    changed article could copy (the same text, the LSH candidates the signatures do not rule
    out: a superset of the near copies the check measures) and every row of their build
    clusters (cluster_id; CorpusIndex.story_rows): the whole corpus's cluster of the changed
    article is within them, since copies among unchanged articles are as the build found
    them. One pass, where following the candidates from each copy searched the index once
    for each of a wire story's hundreds of copies."""
    direct: set[int] = set()
    for article in changed:
        direct.update(index.copy_candidate_rows(article.features, usable).tolist())
    return direct | set(index.story_rows(direct, usable).tolist())


def _rows_of_shared_events(build_events: pa.Table, index: CorpusIndex, reporting: set[str], usable: np.ndarray) -> set[int]:
    """The rows (among ``usable``) of every article of an event (of the build's) that one
    of the ``reporting`` articles reports: the event's date and place are agreed by all of
    them."""
    if not reporting:
        return set()
    article_ids = build_events.column("article_ids").combine_chunks()
    reported = pc.is_in(pc.list_flatten(article_ids), pa.array(sorted(reporting), pa.string()))
    events = pc.unique(pc.filter(pc.list_parent_indices(article_ids), reported))
    together = pc.list_flatten(pc.take(article_ids, events))
    rows = index.rows_of(together.to_pylist())
    return set(rows[usable[rows]].tolist())


def _common_in_build(build: BuildDirectory, build_manifest: Manifest, n_articles: int) -> Commonness:
    """The names, people and places common in the build's corpus (event_reports.Commonness),
    from the entities table: how many articles name each."""
    entities = build.table("entities", build_manifest, columns=["entity_id", "name", "article_ids"])
    counts = pc.list_value_length(entities.column("article_ids")).to_pylist()
    ids = entities.column("entity_id").to_pylist()
    return Commonness.from_counts(dict(zip(ids, counts)), n_articles, dict(zip(ids, entities.column("name").to_pylist())))


@dataclass
class _EventsElsewhere:
    """The build's events that none of the ``inside`` articles (the small corpus's, and the
    changed seeds' old versions) reports: the small corpus does not merge them again, but
    its events' ids must be told apart from theirs."""

    build_events: pa.Table
    index: CorpusIndex
    inside: set[str]

    def colliding(self, base_ids: set[str]) -> list[Event]:
        """Those with these base ids (Event.base_id): what merge_across_articles asks once
        it has merged the small corpus's reports, for _disambiguate_ids. A query the merge
        makes, so it is passed to it as one (corpus/ calls it; the merge decides the ids)."""
        index, build_events = self.index, self.build_events
        # Arrow's is_in, not a dict of the 86,000 events of 100k articles (60 -> 25 ms).
        found = pc.is_in(pa.array(index.event_base_ids), pa.array(sorted(base_ids), pa.string()))
        found_rows = np.flatnonzero(found.to_numpy(zero_copy_only=False))
        base_of = dict(zip(index.event_ids[found_rows].tolist(), index.event_base_ids[found_rows].tolist()))
        wanted = pa.array(list(base_of), pa.string())
        rows = build_events.filter(pc.is_in(build_events.column("event_id"), wanted)).to_pylist()
        # Only what _disambiguate_ids reads is filled in.
        return [Event(base_of[row["event_id"]], "", "", None, None, "", None, row["participant_ids"], "",
                      row["article_ids"], row["evidence"], base_id=base_of[row["event_id"]])
                for row in rows if self.inside.isdisjoint(row["article_ids"])]


def indexed_articles(store: ArticleStore, rows: list[int], current: dict[str, str]) -> list[ProcessedArticle]:
    """The processing of the articles at these rows of the store's last build (processed
    anew if the store lost them)."""
    found, missing = [], []
    paths = store.index.source_paths[rows].tolist()
    for path, cached in zip(paths, store.at_rows(rows)):
        if cached is not None:
            found.append(cached)
        else:
            missing.append((path, current[path]))
    return found + process_files(missing, store)


def _with_claims_of_others(build: BuildDirectory, build_manifest: Manifest, claims: pa.Table,
                           processed: list[ProcessedArticle], excluded_paths: set[str]) -> pa.Table:
    """``claims`` and the build's claims about the same subjects by articles not among
    ``processed`` nor ``excluded_paths``."""
    subjects = pc.unique(claims.column("subject_id"))
    if not len(subjects):
        return claims
    # The sentences as Parquet keeps them, one copy of each repeated text: decoding all
    # 200,000 of a 100,000-article build took 0.25-0.45 s, most of `add`'s reading.
    others = build.table("claims", build_manifest, as_dictionary=["sentence"])
    present = [p.row["article_id"] for p in processed] + [Path(path).stem for path in excluded_paths]
    keep = pc.and_(pc.is_in(others.column("subject_id"), subjects),
                   pc.invert(pc.is_in(others.column("article_id"), pa.array(present))))
    return pa.concat_tables([claims, others.filter(keep).cast(claims.schema)])

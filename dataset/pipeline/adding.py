"""`ruchina add`: bring new articles into seeds/, refusing what would harm the corpus.

Every file is checked before anything is written: it must be readable text within the
limits, parse into an article, and not duplicate (exactly or nearly) an existing seed or
another file of the same call as a record: a copy from the same outlet, or where either
names no source. A copy that another outlet published (another domain in its address,
another stated outlet) is a wire story's syndication, a real article of the coverage: it is
added, joins its story's cluster, and the checks report the story (syndicated-story, info). Only when every file passes are they written, each
atomically, in the canonical seed format under ``NNN_<16 hex of its sha256>.txt``. A
refused call leaves seeds/ exactly as it was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from ruchina.atomic import create_file_atomically
from ruchina.checks.finding import Finding
from ruchina.corpus.copy_clusters import DUPLICATE_THRESHOLD, near_copies, other_source, source_keys
from ruchina.errors import ArticleError, UsageError
from ruchina.similarity.minhash import jaccard, shingle_hashes, signature
from ruchina.similarity.text_features import exact_key
from ruchina.store.article_store import ArticleStore
from ruchina.store.build_directory import BuildDirectory
from ruchina.store.corpus_index import CorpusIndex
from ruchina.text.article_file import read_article_file
from ruchina.text.header import checked_date
from ruchina.text.html_article import html_to_article_text, looks_like_html
from ruchina.text.parsing import ParsedArticle, parse_article
from ruchina.text.seed_format import canonical_seed_text, next_seed_number, seed_name

#: Files one call may add: a larger batch is a bulk import, better done in steps a
#: curator can review.
MAX_FILES_PER_ADD = 100


@dataclass
class Overrides:
    """What the curator states on the command line; it wins over what the file says."""

    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None


@dataclass
class AddedArticle:
    source: str
    seed_path: str
    article_id: str
    article: ParsedArticle
    data: bytes


@dataclass
class AddResult:
    added: list[AddedArticle]
    dry_run: bool
    findings: list[Finding] = field(default_factory=list)
    #: the build's corpus index as the duplicate check used it (stale seeds known) and the
    #: seeds before the call, by seed path: validating the added articles need not list
    #: and stat 100,000 seeds again. None when the check had no index.
    index: CorpusIndex | None = None
    seeds_before: dict[str, str] | None = None

    def seeds_after(self, repo) -> dict[str, str] | None:
        """The seeds, by seed path, once the added articles are written (as
        RepositoryFiles.seed_files lists them)."""
        if self.seeds_before is None:
            return None
        written = {} if self.dry_run else {a.seed_path: str(repo.root / a.seed_path) for a in self.added}
        return dict(sorted({**self.seeds_before, **written}.items()))


def prepare_article(path: Path, overrides: Overrides, today: dt.date | None = None) -> ParsedArticle:
    name = str(path)
    text = read_article_file(path, name).text
    if looks_like_html(name, text):
        text = html_to_article_text(text, name)
    # The curator's address is read as the file's would be: a date in it, or the year a
    # dateline lacks, dates the article.
    article = parse_article(text, name, today=today, url=overrides.url)
    if overrides.date is not None:
        article = replace(article, published_date=checked_date(overrides.date, name, today or dt.date.today()),
                          published_date_source="stated")
    if overrides.outlet is not None:
        article = replace(article, outlet=" ".join(overrides.outlet.split()) or None)
    if overrides.title is not None:
        article = replace(article, title=" ".join(overrides.title.split()) or None)
    return article


def add_articles(repo, paths: list[Path], overrides: Overrides | None = None, dry_run: bool = False,
                 existing_bodies: dict[str, str] | None = None) -> AddResult:
    """Check every file, then write them all or none. ``existing_bodies`` (article id ->
    body) is the corpus to compare against; by default the repository's seeds."""
    overrides = overrides or Overrides()
    if not paths:
        raise UsageError("name at least one article file to add")
    if len(paths) > MAX_FILES_PER_ADD:
        raise UsageError(f"{len(paths)} files at once is over the limit of {MAX_FILES_PER_ADD}; add them in batches")
    current = repo.seed_files()
    index = _KnownArticles(repo, current, existing_bodies)
    number = next_seed_number([path.rpartition("/")[2] for path in current])
    prepared: list[AddedArticle] = []
    for path in paths:
        article = prepare_article(path, overrides)
        sources = source_keys(article.url, article.outlet)
        duplicate = index.duplicate_of(article.body, sources)
        if duplicate:
            raise ArticleError(str(path), f"duplicates the existing article {duplicate} ({index.why}): {index.record}; not added")
        data = canonical_seed_text(article).encode("utf-8")
        name = seed_name(number, data)
        number += 1
        prepared.append(AddedArticle(str(path), f"seeds/{name}", Path(name).stem, article, data))
        index.add(Path(name).stem, article.body, sources)
    if not dry_run:
        for leftover in repo.seeds_dir.glob(".*.tmp-*"):
            leftover.unlink(missing_ok=True)  # a killed add's partial file, never read as a seed
        for added in prepared:
            create_file_atomically(repo.root / added.seed_path, added.data)
    return AddResult(prepared, dry_run, index=index.index, seeds_before=index.current)


class _KnownArticles:
    """The corpus a new article must not copy, exactly (normalised text) or nearly
    (shingle Jaccard), unless another outlet published it (a wire story's syndication:
    corpus/copy_clusters.py, source_keys): with a build, its corpus index finds the few
    articles worth measuring; without one, every seed is measured."""

    def __init__(self, repo, current: dict[str, str], existing_bodies: dict[str, str] | None):
        self.index: CorpusIndex | None = None
        self.current: dict[str, str] | None = None
        self.digests: dict[str, list[str]] = {}
        self.hashes: dict[str, np.ndarray] = {}
        self.bodies: dict[str, str] = {}
        self.sources: dict[str, frozenset[str]] = {}
        self.why = self.record = ""
        if existing_bodies is None:
            known = self._use_index(repo, current)
        else:  # bodies alone: no source is known, so any copy is a duplicate record
            known = {article_id: (body, frozenset()) for article_id, body in existing_bodies.items()}
        for article_id, (body, sources) in known.items():
            self.add(article_id, body, sources)

    def _use_index(self, repo, current: dict[str, str]) -> dict[str, tuple[str, frozenset[str]]]:
        """The bodies and sources of seeds the index does not hold (new or edited since the build)."""
        from ruchina.pipeline.build import (  # the pipeline is only needed by curators' commands
            process_files,
            process_seeds,
        )

        self.index = BuildDirectory(repo.build_dir).index()
        if self.index is None:
            return {p.row["article_id"]: _body_and_sources(p.row) for p in process_seeds(repo)} if current else {}
        stale = self.index.stale_paths(current)
        self.usable = self.index.rows_without(stale)
        self.current, self.store = current, ArticleStore(repo.root, self.index)
        unindexed = self.index.unindexed_paths(current)
        return {p.row["article_id"]: _body_and_sources(p.row)
                for p in process_files([(p, current[p]) for p in sorted(unindexed)], self.store)}

    def duplicate_of(self, body: str, sources: frozenset[str] = frozenset()) -> str | None:
        """The article this body duplicates as a record: a copy (exact or near) from the same
        outlet, or where either names no source. A copy that only other outlets published
        is None: the story's syndication, which joins its cluster."""
        from ruchina.pipeline.incremental import indexed_articles

        digest, hashes = exact_key(body), shingle_hashes(body)
        if self.index is not None:
            same = self.index.same_text_rows(digest, self.usable)
            near = self.index.near_text_rows(signature(hashes), self.usable)
            # Only a copy from the same outlet, or where either names no source, is a record
            # twice: another outlet's text (a wire story's hundreds of copies) is not read.
            rows = [row for row in sorted(set(same.tolist()) | set(near.tolist()))
                    if not other_source(sources, self.index.sources_of(row))]
            for article in indexed_articles(self.store, rows, self.current):
                row = article.row
                self.hashes.setdefault(row["article_id"], shingle_hashes(row["body"]))
                self.bodies.setdefault(row["article_id"], row["body"])
                self.digests.setdefault(exact_key(row["body"]), []).append(row["article_id"])
                self.sources.setdefault(row["article_id"], source_keys(row.get("url"), row.get("outlet")))
        for article_id in sorted(set(self.digests.get(digest, []))):
            if not other_source(sources, self.sources.get(article_id, frozenset())):
                self.why, self.record = "identical text", self._from(sources, article_id)
                return article_id
        similar = sorted(((jaccard(hashes, theirs), article_id) for article_id, theirs in self.hashes.items()),
                         reverse=True)
        for similarity, article_id in similar:
            if similarity < DUPLICATE_THRESHOLD:
                break
            if not other_source(sources, self.sources.get(article_id, frozenset())) and near_copies(
                    similarity, body, self.bodies[article_id]):
                self.why, self.record = f"Jaccard similarity {similarity:.2f}", self._from(sources, article_id)
                return article_id
        return None

    def _from(self, sources: frozenset[str], article_id: str) -> str:
        if not sources or not self.sources.get(article_id):
            return ("a copy where either names no source is one record twice (state its --url or --outlet "
                    "if another outlet published it)")
        return "a copy from the same outlet is one record twice"

    def add(self, article_id: str, body: str, sources: frozenset[str] = frozenset()) -> None:
        self.digests.setdefault(exact_key(body), []).append(article_id)
        self.hashes[article_id] = shingle_hashes(body)
        self.bodies[article_id] = body
        self.sources[article_id] = sources


def _body_and_sources(row: dict) -> tuple[str, frozenset[str]]:
    return row["body"], source_keys(row.get("url"), row.get("outlet"))

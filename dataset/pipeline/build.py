"""Build every table from seeds/ into the build directory.

The build is all or nothing: tables are written into a hidden temporary directory that
replaces the previous build only once complete, so an interrupted build leaves the last
build (and every release) as it was.
"""

from __future__ import annotations

import functools
import os
import pickle
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pyarrow as pa

from ruchina.checks import CheckContext, run_checks
from ruchina.checks.accepted import read_accepted
from ruchina.corpus.articles_table import articles_table
from ruchina.corpus.claims_table import claims_table, event_claims, statement_claims
from ruchina.corpus.entities_table import entities_table
from ruchina.corpus.event_merge import Event
from ruchina.corpus.events_table import events_table, merged_events
from ruchina.errors import ArticleError, BuildError
from ruchina.faults import crash_point
from ruchina.pipeline.findings_table import findings_table, unmarked_findings
from ruchina.pipeline.memory import cycle_collection_paused, return_freed_memory
from ruchina.pipeline.processing import ProcessedArticle, process_article
from ruchina.pipeline.release_tables import latest_release_tables
from ruchina.pipeline.table_writes import EarlyWrites, write_tables
from ruchina.publish.versioning import VersionDecision, decide_version
from ruchina.read.loader import TABLES, convert_table
from ruchina.read.manifest import Manifest
from ruchina.schemas import ARROW_SCHEMAS, PRIMARY_KEYS
from ruchina.store.article_store import ArticleStore
from ruchina.store.build_directory import BuildDirectory
from ruchina.store.build_inputs import BuildInputs, reusable_build
from ruchina.store.code_version import code_version
from ruchina.store.corpus_index import CorpusIndex
from ruchina.store.kept_clusters import copy_clusters_after_change
from ruchina.store.repository import RepositoryFiles
from ruchina.store.seed_scan import SeedFiles
from ruchina.text.article_file import read_article_file

Progress = Callable[[str, int, int], None]


@dataclass
class BuildResult:
    path: Path
    manifest: Manifest
    decision: VersionDecision
    #: True when the build was already current and was kept as it was
    up_to_date: bool = False
    #: True when only the accepted findings or the latest release had changed: the last
    #: build's tables were marked again, no seed processed and no check run
    reused_tables: bool = False

    @property
    def version(self) -> str:
        return self.manifest.version

    @property
    def bump(self) -> str:
        return self.decision.bump

    @property
    def rows(self) -> dict[str, int]:
        """Each table's row count, tables in ruchina.TABLES's order."""
        order = {name: position for position, name in enumerate(TABLES)}
        names = sorted(self.manifest.tables, key=lambda name: (order.get(name, len(order)), name))
        return {name: self.manifest.tables[name].rows for name in names}


@dataclass
class BuiltTables:
    tables: dict[str, pa.Table]
    #: seed path -> sha256 of its bytes
    seeds: dict[str, str]
    #: what the checks compare of each article (TextFeatures by article id), until
    #: add_findings has run them
    features: dict | None = None


def process_seeds(repo: RepositoryFiles, extra: dict[str, bytes] | None = None, progress: Progress | None = None,
                  use_cache: bool = True, index: CorpusIndex | None = None,
                  current: SeedFiles | None = None) -> list[ProcessedArticle]:
    """Every seed (and every ``extra`` file, by seed path, as if it were in seeds/),
    processed; unchanged ones come from the cache. Seeds the last build's index (read
    here unless given) knows to be unchanged are not even read: the store gives them by
    their sha256. ``current`` is the
    command's listing of seeds/ (repo.seed_files()), listed here unless given."""
    current = current if current is not None else repo.seed_files()
    inputs: list[tuple[str, str | bytes]] = list(current.items())
    inputs += [(name, (extra or {})[name]) for name in sorted(extra or {})]
    if index is None and use_cache:
        index = BuildDirectory(repo.build_dir).index()
    store = ArticleStore(repo.root, index) if use_cache else None
    known = index.unchanged_rows(current) if store and index else {}
    processed = process_files(inputs, store, progress, known)
    if not processed:
        raise BuildError(f"{repo.relative(repo.seeds_dir)}/ holds no article files (.txt, .md); add one with `ruchina add`")
    return processed


def process_files(inputs: list[tuple[str, str | bytes]], store: ArticleStore | None,
                  progress: Progress | None = None, known: dict[str, int] | None = None) -> list[ProcessedArticle]:
    """Each (seed path, file path or the bytes themselves) processed, from the store when it holds the result
    (``known``: the rows in the store's last build of files known to be unchanged, by seed path: they are
    found without reading them). Every unusable file is reported at once, so one run lists all that a
    curator must fix."""
    results: list[ProcessedArticle | ArticleError | None] = []
    misses: list[tuple[int, str, str, bytes]] = []
    known = known if store is not None and known else {}

    def found_by_row(source_path: str, source: str | bytes) -> bool:
        return isinstance(source, str) and source_path in known

    by_row = store.at_rows([known[path] for path, source in inputs if found_by_row(path, source)]) if known else None
    for source_path, source in inputs:
        if found_by_row(source_path, source):
            cached = next(by_row)
            if cached is not None:
                results.append(cached)
                continue
        try:
            raw = source if isinstance(source, bytes) else read_article_file(Path(source), source_path).raw
        except ArticleError as error:
            results.append(error)
            continue
        cached = store.of_file(source_path, raw) if store else None
        if cached is None:
            misses.append((len(results), source_path, Path(source_path).stem, raw))
        results.append(cached)
    for (position, *_), outcome in zip(misses, _process_all(misses, store, progress)):
        results[position] = outcome
    problems = [r for r in results if isinstance(r, ArticleError)]
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise BuildError(f"{len(problems)} seeds cannot be used: " + "; ".join(map(str, problems)))
    return [r for r in results if isinstance(r, ProcessedArticle)]


#: Below this many articles to process, worker processes cost more than they save.
PARALLEL_THRESHOLD = 64


def _process_one(item: tuple[int, str, str, bytes], store: ArticleStore | None) -> ProcessedArticle | ArticleError:
    """One article processed and, with a store, kept there. In a worker process, so that
    the main process, which has only to collect the results, does not pickle each one again."""
    _position, source_path, article_id, raw = item
    try:
        processed = process_article(source_path, article_id, raw)
    except ArticleError as error:
        return error
    if store:
        store.put(source_path, raw, processed)
    return processed


def _process_all(items: list[tuple[int, str, str, bytes]], store: ArticleStore | None,
                 progress: Progress | None) -> list:
    """Process articles on every core: each is a pure function of its file."""
    workers = min(os.cpu_count() or 1, 8)
    process_one = functools.partial(_process_one, store=store)
    if len(items) < PARALLEL_THRESHOLD or workers < 2:
        outcomes = []
        for done, item in enumerate(items, 1):
            outcomes.append(process_one(item))
            if progress:
                progress("articles", done, len(items))
        return outcomes
    outcomes = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for done, outcome in enumerate(pool.map(process_one, items, chunksize=32), 1):
            outcomes.append(outcome)
            if progress:
                progress("articles", done, len(items))
    return outcomes


@cycle_collection_paused()
def build_tables(repo: RepositoryFiles, progress: Progress | None = None, extra: dict[str, bytes] | None = None,
                 use_cache: bool = True) -> BuiltTables:
    """Every table, in memory. The findings table is the quality report of the others,
    with the repository's accepted findings marked."""
    built = derive_tables(repo, progress, extra, use_cache)
    add_findings(repo, built)
    return built


@cycle_collection_paused()
def derive_tables(repo: RepositoryFiles, progress: Progress | None = None, extra: dict[str, bytes] | None = None,
                  use_cache: bool = True, index_to: BuildDirectory | None = None, current: SeedFiles | None = None,
                  last_index: CorpusIndex | None = None) -> BuiltTables:
    """Every table but the findings (add_findings makes those), in memory, with the text
    features the checks need. With ``index_to``, the corpus index is written into that build
    (at once: it need not stay in memory during the checks). ``current`` and ``last_index``:
    the command's listing of seeds/ and the last build's index, when the command has them
    already (read here otherwise)."""
    read_since_ns = time.time_ns()
    if last_index is None and use_cache:
        last_index = BuildDirectory(repo.build_dir).index()
    processed = process_seeds(repo, extra, progress, use_cache, last_index if use_cache else None, current)
    if index_to is not None:  # its articles' part now, while the tables are not yet in memory
        write_index(processed, index_to, repo, read_since_ns, last_index)
    clusters = copy_clusters_after_change(last_index, processed) if use_cache else None
    # The last build's index is not read again: its mapped pages (~250 MB at 100,000
    # articles) and what making the new one freed go back before the tables are made.
    del last_index
    # The articles table first, then every article's body and index keys let go: the table
    # holds the bodies from here on, and the index is written, so neither stays whole in
    # memory twice through the event merge and the other tables (BENCHMARKS.md).
    articles = articles_table([p.row for p in processed], {p.row["article_id"]: p.features for p in processed}, clusters)
    # What the checks need of the articles (the seeds' hashes, the text features) is kept apart, as one
    # buffer read back once the articles are let go: left in their objects, it holds the allocator's arenas
    # the articles sat in, and letting them go gave back ~300 MiB of 1.5 GB; read back afresh, it sits in
    # arenas of its own (100,000 articles: the build's peak 2,829 -> 2,685 MiB, BENCHMARKS.md).
    kept_for_checks = pickle.dumps(({p.row["source_path"]: p.row["sha256"] for p in processed},
                                    {p.row["article_id"]: p.features for p in processed}), pickle.HIGHEST_PROTOCOL)
    for p in processed:
        p.row["body"] = None
        p.index_keys = None
        p.features = None
    return_freed_memory()
    tables, events = derived_tables(processed, clusters=clusters, articles=articles)
    del articles
    if index_to is not None:
        articles = tables["articles"]
        index_to.finish_index({event.event_id: event.base_id for event in events},
                              dict(zip(articles.column("article_id").to_pylist(), articles.column("cluster_id").to_pylist())))
    del events
    del processed  # the checks need only the tables and the text features: memory back
    return_freed_memory()
    seeds, features = pickle.loads(kept_for_checks)
    return BuiltTables(tables, seeds, features)


@cycle_collection_paused()
def add_findings(repo: RepositoryFiles, built: BuiltTables) -> None:
    """The findings table of ``built``'s tables (every check run on them), with the
    repository's accepted findings marked; the text features are let go."""
    findings = run_checks(CheckContext(frames=table_frames(built.tables), features=built.features),
                          after_each=return_freed_memory)
    built.tables["findings"] = findings_table(findings, read_accepted(repo.accepted_path))
    built.features = None
    return_freed_memory()


def write_index(processed: list[ProcessedArticle], build: BuildDirectory, repo: RepositoryFiles, read_since_ns: int,
                last_index: CorpusIndex | None) -> None:
    """The corpus index of ``processed`` into ``build``, but for its events
    (BuildDirectory.finish_index finishes it): the rows of unchanged articles copied from
    the last build's index."""
    index = CorpusIndex.from_processed(processed, {}, repo.root, read_since_ns, previous=last_index)
    build.write_index(index, events=False)


def tables_marked_again(repo: RepositoryFiles, last: BuildDirectory, manifest: Manifest,
                        index_to: BuildDirectory) -> BuiltTables:
    """The tables of the build ``last``, whose seeds and code have not changed, with
    the findings marked by ``checks/accepted.yaml`` as it is now: what build_tables would
    make, without processing a seed or running a check. Its corpus index is copied into
    ``index_to``."""
    # Cast: Parquet gives back lists as list<element>, the tables are built as list<item>.
    tables = {name: last.table(name, manifest).cast(ARROW_SCHEMAS[name]) for name in manifest.tables}
    tables["findings"] = findings_table(unmarked_findings(tables["findings"]), read_accepted(repo.accepted_path))
    index_to.take_index_of(last)
    return BuiltTables(tables, dict(manifest.seeds))


def derived_tables(processed: list[ProcessedArticle], colliding_events=None, common=None,
                   clusters: list[list[str]] | None = None,
                   articles: pa.Table | None = None) -> tuple[dict[str, pa.Table], list[Event]]:
    """The tables of a corpus, all but the findings, and its events (the events table's
    rows). ``colliding_events``, ``common``: see merge_across_articles (``common`` is
    counted in ``processed`` when not given); ``clusters``: its clusters of copies, when
    known (searched for otherwise); ``articles``: its articles table, when made already
    (the rows' bodies are not read then)."""
    rows = [p.row for p in processed]
    extractions = [p.extraction for p in processed]
    names = {m.entity_id: m.name for x in extractions for m in x.mentions}
    events = merged_events(extractions, names, colliding_events, common)
    tables = {
        "articles": articles if articles is not None else articles_table(
            rows, {p.row["article_id"]: p.features for p in processed}, clusters),
        "entities": entities_table(extractions, events),
        "events": events_table(events),
        "claims": claims_table(all_claims(rows, extractions, events)),
    }
    return tables, events


def all_claims(rows, extractions, events) -> list:
    by_article = {x.article_id: x for x in extractions}
    event_of_sentence: dict[str, dict[int, str]] = {}
    for event in events:
        for article_event in event.article_events:
            for mention in article_event.mentions:
                event_of_sentence.setdefault(mention.article_id, {}).setdefault(mention.sentence_start, event.event_id)
    claims = event_claims(events, by_article)
    for row in rows:
        claims.extend(statement_claims(by_article[row["article_id"]], event_of_sentence.get(row["article_id"], {})))
    return claims


def table_frames(tables: dict[str, pa.Table]) -> dict:
    return {name: convert_table(table, "pandas") for name, table in tables.items()}


@cycle_collection_paused()
def build(repo: RepositoryFiles, out: Path | None = None, progress: Progress | None = None,
          rebuild: bool = False) -> BuildResult:
    """Build every table into ``out`` (the repository's build directory by default), unless
    the build there is already what this would make (build_inputs.py) and not ``rebuild``."""
    target = BuildDirectory(out if out else repo.build_dir)
    target.remove_leftovers()
    # The command's one listing of seeds/ and one reading of the last build's index: the
    # stale seeds found (hashed) while deciding whether the build is current serve the build.
    current = repo.seed_files()
    last_index = BuildDirectory(repo.build_dir).index()
    index_of_out = last_index if target.path == repo.build_dir else target.index()
    reusable = None if rebuild else reusable_build(repo, target, current, index_of_out)
    if reusable is not None and reusable.current:
        index_of_out.save_refreshed_stats()
        kept = reusable.manifest
        decision = VersionDecision(kept.version, kept.bump, kept.bump_reasons, diffs=[])
        return BuildResult(target.path, kept, decision, up_to_date=True)
    # Taken before anything is read: what changes during the build makes the next one rebuild.
    inputs = BuildInputs.of(repo)
    staging = target.new_staging()
    try:
        latest_version, latest_tables = latest_release_tables(repo)
        with ThreadPoolExecutor(max_workers=1) as writer:  # left only once the early writes are done
            early = EarlyWrites(writer, staging, latest_version, latest_tables)
            if reusable is not None:
                built = tables_marked_again(repo, target, reusable.manifest, index_to=staging)
            else:
                # Handed over, not kept here: derive_tables lets it go once the new index is written.
                handed_over, last_index, index_of_out = [last_index], None, None
                built = derive_tables(repo, progress, index_to=staging, current=current, last_index=handed_over.pop())
                early.start(dict(built.tables))  # written while the checks run, if their version is settled
                add_findings(repo, built)
            decision = decide_version(built.tables, latest_version,
                                      latest_tables.files() if latest_version else {}, PRIMARY_KEYS)
            written = early.written(decision.version)
        entries = write_tables({name: table for name, table in built.tables.items() if name not in written},
                               staging, decision.version)
        entries = {name: written.get(name) or entries[name] for name in built.tables}
        manifest = Manifest(
            version=decision.version,
            code_version=code_version(),
            tables=entries,
            seeds=built.seeds,
            bump=decision.bump,
            bump_reasons=decision.reasons,
        )
        staging.write_manifest(manifest)
        inputs.write(staging)
        staging.record_checked_tables(entries)
        crash_point("build.before-swap")
        staging.replace(target)
    except BaseException:
        staging.discard()
        raise
    ArticleStore(repo.root).prune_other_versions()
    return BuildResult(target.path, manifest, decision, reused_tables=reusable is not None)


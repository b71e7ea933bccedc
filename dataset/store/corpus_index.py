"""The build's index of its corpus: what `validate --changed` and `add` need to compare
a few new articles with every other one without processing the corpus again.

Written by `ruchina build` beside the tables (in ``_build/corpus-index/``, whose owner
is build_directory.py: one ``.npy`` file an array, memory-mapped when read so a query
touches only the pages it needs; never part of a release): for each article its seed's path, sha256, size and modification time (so a
seed edited since the build is noticed, as git notices edits), the hash of its normalised
text, its MinHash signature and LSH band keys, the hashes of its long passages and the
keys under which its event reports can merge with others'. Lookups are numpy
comparisons over arrays, so one new article costs milliseconds against 100,000.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ruchina.atomic import write_bytes_atomically
from ruchina.corpus.copy_clusters import source_keys
from ruchina.similarity import minhash
from ruchina.store.code_version import article_fingerprint, code_fingerprint
from ruchina.store.index_arrays import file_sha256, lookup, save_array, sorted_pairs
from ruchina.store.seed_scan import SeedFiles, stat_of

#: A seed modified this close to the moment the build read it may be modified again
#: within the file system's timestamp granularity without its time changing (git's
#: "racily clean" entries): its time is not trusted, and it is hashed next time.
RACY_NS = 2_000_000_000

#: A passage held by more articles than this is boilerplate (shared-passage ignores it);
#: one more holder than the limit is enough for the check to see that.
PASSAGE_HOLDERS = 51


@dataclass
class CorpusIndex:
    code: str
    article_ids: np.ndarray
    source_paths: np.ndarray
    seed_sha256: np.ndarray
    seed_stats: np.ndarray  # (n, 2): size, mtime_ns at build time
    exact_keys: np.ndarray
    signatures: np.ndarray
    band_keys: np.ndarray  # minhash.band_keys of the signatures
    passage_keys: np.ndarray  # sorted; passage_rows[i] holds passage_keys[i]
    passage_rows: np.ndarray
    event_filed_keys: np.ndarray
    event_filed_rows: np.ndarray
    event_looks_keys: np.ndarray
    event_looks_rows: np.ndarray
    #: the build's events (sorted by id) and the ids they had before they were told
    #: apart from others of the same date, kind and place (Event.base_id)
    event_ids: np.ndarray
    event_base_ids: np.ndarray
    #: each row's source (copy_clusters.source_keys, joined by a newline; empty: none stated)
    source_keys: np.ndarray
    #: each row's story (the articles table's cluster_id), made with the events: the copies
    #: of a wire story are found by it at once, not by a search from each copy
    cluster_ids: np.ndarray
    _stale: set[str] | None = None
    _row_of_id: dict[str, int] | None = None
    _row_of_path: dict[str, int] | None = None
    #: the folder the index was read from, to keep what stale_paths learns (save_refreshed_stats)
    _folder: Path | None = None
    #: stale_paths found unchanged seeds with new, trusted times (not yet saved)
    _refreshed: bool = False

    @classmethod
    def from_processed(cls, processed, base_ids: dict[str, str], root: Path, read_since_ns: int,
                       previous: "CorpusIndex | None" = None, cluster_of: dict[str, str] | None = None) -> "CorpusIndex":
        """The index of processed seeds that were read at or after ``read_since_ns``, and
        of the events merged from them (``base_ids``: Event.base_id by event id). The rows
        of seeds that ``previous`` (the last build's index, made by this code) knows to be
        unchanged are copied from it, not made again: after one seed changed, that is all
        but one of 100,000 rows, and the same values (tested against making every row)."""
        rows = [p.row for p in processed]
        copied_rows = previous.rows_of_unchanged(rows) if previous is not None else np.full(len(rows), -1)
        kept = np.flatnonzero(copied_rows >= 0)
        fresh = np.flatnonzero(copied_rows < 0)
        old_rows = copied_rows[kept]
        fresh_processed = [processed[i] for i in fresh]

        def assembled(name: str, made: np.ndarray) -> np.ndarray:
            """The kept rows' values of array ``name`` from ``previous``, the fresh rows' ``made``."""
            values = np.empty((len(rows), *made.shape[1:]), dtype=made.dtype)
            values[fresh] = made
            if len(kept):
                values[kept] = getattr(previous, name)[old_rows]
            return values

        fresh_signatures = (np.stack([p.features.signature for p in fresh_processed]) if fresh_processed
                            else np.empty((0, minhash.NUM_PERM), minhash.SIGNATURE_DTYPE))
        # String joins: pathlib's cost more than the stat itself.
        seed_stats = assembled("seed_stats", np.array(
            [_trusted_stat(os.path.join(root, rows[i]["source_path"]), read_since_ns) for i in fresh],
            dtype=np.int64).reshape(-1, 2))
        # A kept seed's recorded size and time are its current ones (stale_paths compared
        # them), trusted as _trusted_stat trusts them: against this build's moment of reading.
        seed_stats[seed_stats[:, 1] >= read_since_ns - RACY_NS] = (-1, -1)

        def pairs(name: str, fresh_keys: list[np.ndarray]) -> dict[str, np.ndarray]:
            old_pairs = (previous._renumbered_pairs(name, old_rows, kept) if len(kept)
                         else (np.empty(0, np.uint64), np.empty(0, np.int64)))
            return sorted_pairs(name, fresh_keys, fresh, old_pairs)

        return cls(
            code=_fingerprints(),
            article_ids=np.array([r["article_id"] for r in rows], dtype=str),
            source_paths=np.array([r["source_path"] for r in rows], dtype=str),
            seed_sha256=np.array([r["sha256"] for r in rows], dtype=str),
            seed_stats=seed_stats,
            exact_keys=assembled("exact_keys", np.array([int(p.features.exact_key[:16], 16) for p in fresh_processed],
                                                        dtype=np.uint64)),
            signatures=assembled("signatures", fresh_signatures),
            band_keys=assembled("band_keys", minhash.band_keys(fresh_signatures)),
            source_keys=_source_keys(rows, fresh, kept, previous.source_keys[old_rows] if len(kept) else []),
            **pairs("passage", [p.features.passage_keys for p in fresh_processed]),
            **pairs("event_filed", [p.index_keys.events_filed for p in fresh_processed]),
            **pairs("event_looks", [p.index_keys.events_looks for p in fresh_processed]),
            event_ids=np.array(list(base_ids), dtype=str),
            event_base_ids=np.array(list(base_ids.values()), dtype=str),
            cluster_ids=_clusters_of([r["article_id"] for r in rows], cluster_of or {}),
        )

    def rows_of_unchanged(self, rows: list[dict]) -> np.ndarray:
        """For each articles row, the row of this index that holds the same seed, unchanged
        since (stale_paths has compared them), or -1."""
        if self._stale is None:
            return np.full(len(rows), -1)
        row_of_path = self.row_of_path()
        sha256s = self.seed_sha256.tolist()
        found = []
        for r in rows:
            row = row_of_path.get(r["source_path"], -1)
            found.append(row if row >= 0 and r["source_path"] not in self._stale and sha256s[row] == r["sha256"] else -1)
        return np.array(found, dtype=np.int64)

    def _renumbered_pairs(self, name: str, old_rows: np.ndarray, new_rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """This index's (key, row) pairs of ``name`` in the rows ``old_rows``, renumbered
        ``new_rows``."""
        renumbered = np.full(len(self.article_ids), -1, dtype=np.int64)
        renumbered[old_rows] = new_rows
        rows = renumbered[getattr(self, f"{name}_rows")]
        kept = rows >= 0
        return getattr(self, f"{name}_keys")[kept], rows[kept]

    def write(self, folder: Path, events: bool = True) -> None:
        """Into ``folder`` (a build's corpus-index/), the code's fingerprint last: an index without
        it is no index. With ``events=False``, the events' arrays and the fingerprint are
        left to write_events: a build writes the articles' part before it merges their
        events, so that this part is not in memory with the tables."""
        (folder / "code").unlink(missing_ok=True)
        for name in _ARRAYS:
            if events or name not in _EVENT_ARRAYS:
                self._write_array(folder, name)
        if events:
            write_bytes_atomically(folder / "code", self.code.encode())

    @staticmethod
    def write_events(folder: Path, base_ids: dict[str, str], cluster_of: dict[str, str] | None = None) -> None:
        """Finish the index that write(events=False) began: the events (``base_ids``:
        Event.base_id by event id), each row's story (``cluster_of``: cluster_id by article
        id), then the code's fingerprint."""
        save_array(folder, "event_ids", np.array(list(base_ids), dtype=str))
        save_array(folder, "event_base_ids", np.array(list(base_ids.values()), dtype=str))
        article_ids = np.load(folder / "article_ids.npy", allow_pickle=False).tolist()
        save_array(folder, "cluster_ids", _clusters_of(article_ids, cluster_of or {}))
        write_bytes_atomically(folder / "code", _fingerprints().encode())

    def _write_array(self, folder: Path, name: str) -> None:
        save_array(folder, name, getattr(self, name))

    @classmethod
    def read(cls, folder: Path) -> "CorpusIndex | None":
        """The index in ``folder`` (a build's corpus-index/); None when there is none, or when other
        article code made it (its signatures and keys may mean something else). Made by
        other code of the later stages (a check, the report), it still serves what is cached
        per article; ``made_by_this_code`` says whether the build is this code's."""
        try:
            code = (folder / "code").read_text()
            if code.partition("\n")[0] != article_fingerprint():
                return None
            # Copy-on-write maps: stale_paths may update seed_stats in memory.
            arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="c", allow_pickle=False) for name in _ARRAYS}
        except (OSError, ValueError):
            return None
        return cls(code=code, _folder=folder, **arrays)

    @staticmethod
    def made_by_this_code(folder: Path) -> bool:
        """Whether the build whose index is in ``folder`` was made (and checked) by the code running now."""
        try:
            return (folder / "code").read_text() == _fingerprints()
        except OSError:
            return False

    @property
    def same_code(self) -> bool:
        """Whether the build this index belongs to was made (and checked) by the code running now."""
        return self.code == _fingerprints()

    def stale_paths(self, current: dict[str, str]) -> set[str]:
        """Indexed seeds that are gone or changed since the build (``current``: the seeds
        now, by path). As git does, a seed whose size and modification time are as
        recorded is unchanged; one whose times differ (a fresh clone, a `touch`) is
        hashed, and if its bytes are the same its new times are kept in the index in
        memory; save_refreshed_stats writes them, so the next command need not hash it
        again. A query: it writes nothing."""
        if self._stale is None:
            self._stale = set()
            now = time.time_ns()
            paths = list(self.row_of_path())
            current = current if isinstance(current, SeedFiles) else SeedFiles(current)
            statuses = current.statuses(paths)
            # Only the rows whose size or time differs are looked at one by one.
            for row in np.flatnonzero((statuses != self.seed_stats).any(axis=1)).tolist():
                path, status = paths[row], tuple(statuses[row].tolist())
                file = current.get(path)
                if file is None:
                    self._stale.add(path)
                    continue
                if file_sha256(file) == self.seed_sha256[row]:
                    trusted = _trusted_stat(file, now) == status
                    # Untrusted, the time is recorded as unknown (as a build records it):
                    # from_processed copies these rows.
                    self.seed_stats[row] = status if trusted else (-1, -1)
                    self._refreshed = self._refreshed or trusted
                else:
                    self._stale.add(path)
        return self._stale

    def save_refreshed_stats(self) -> None:
        """Write the seed times that stale_paths found moved on unchanged files (a fresh
        clone, a `touch`) into the index it was read from, so the next command need not
        hash those files again. For the commands that answer from the index without
        writing a new one (a kept build, `add`, `validate --changed`)."""
        if self._refreshed and self._folder is not None:
            try:
                self._write_array(self._folder, "seed_stats")
            except OSError:
                pass  # a cache: the next command hashes again
            self._refreshed = False

    def unchanged_rows(self, current: dict[str, str]) -> dict[str, int]:
        """The row of every indexed seed that has not changed since the build, by path."""
        stale = self.stale_paths(current)
        return {path: row for path, row in self.row_of_path().items() if path not in stale}

    def unindexed_paths(self, current: dict[str, str]) -> set[str]:
        """The seeds of ``current`` that the index holds no row of, or an outdated one."""
        paths = set(current)
        return (paths - self.row_of_path().keys()) | (self.stale_paths(current) & paths)

    def unchanged_hashes(self, current: dict[str, str]) -> dict[str, str]:
        """The sha256 of every indexed seed that has not changed since the build."""
        sha256s = self.seed_sha256.tolist()
        return {path: sha256s[row] for path, row in self.unchanged_rows(current).items()}

    def rows_without(self, paths: set[str], article_ids: set[str] = frozenset()) -> np.ndarray:
        """A mask of the rows whose seed path and article id are in neither set."""
        keep = np.ones(len(self.source_paths), dtype=bool)
        row_of_path = self.row_of_path()
        keep[[row_of_path[path] for path in paths if path in row_of_path]] = False
        keep[self.rows_of(article_ids)] = False
        return keep

    def row_of_path(self) -> dict[str, int]:
        """Every row by its seed path, in row order (made once: numpy's isin on string
        arrays is quadratic here, and 100,000 paths cost 20 ms to turn into strings)."""
        if self._row_of_path is None:
            self._row_of_path = {path: row for row, path in enumerate(self.source_paths.tolist())}
        return self._row_of_path

    def rows_of(self, article_ids) -> np.ndarray:
        """The rows of these article ids (ids not indexed are left out)."""
        if self._row_of_id is None:
            self._row_of_id = {article_id: row for row, article_id in enumerate(self.article_ids.tolist())}
        return np.array(sorted({self._row_of_id[a] for a in article_ids if a in self._row_of_id}), dtype=np.int64)

    def same_text_rows(self, exact_key: str, usable: np.ndarray) -> np.ndarray:
        """Rows whose normalised text has this sha256 (TextFeatures.exact_key)."""
        same = self.exact_keys == np.uint64(int(exact_key[:16], 16))
        return np.flatnonzero(same & usable)

    def near_text_rows(self, signature: np.ndarray, usable: np.ndarray) -> np.ndarray:
        """LSH candidates whose estimated similarity the exact measure should check, as
        in the duplicate-article check."""
        candidates = minhash.candidates_of(minhash.band_keys(signature)[0], self.band_keys)
        candidates = candidates[usable[candidates]]
        close = minhash.estimated_jaccard(signature, self.signatures[candidates]) >= minhash.ESTIMATE_FLOOR
        return candidates[close]

    def copy_candidate_rows(self, features, usable: np.ndarray) -> np.ndarray:
        """Rows (among ``usable``) an article of these TextFeatures could copy: the same
        normalised text, or an LSH candidate the signatures do not rule out."""
        return np.union1d(self.same_text_rows(features.exact_key, usable), self.near_text_rows(features.signature, usable))

    def sources_of(self, row: int) -> frozenset[str]:
        """The source keys of the article at ``row`` (copy_clusters.source_keys)."""
        keys = str(self.source_keys[row])
        return frozenset(keys.split("\n")) if keys else frozenset()

    def story_rows(self, rows, usable: np.ndarray) -> np.ndarray:
        """The rows (among ``usable``) in the build's clusters of copies of these rows: every
        copy of their stories, in one pass over the rows however many copies a story has."""
        rows = np.asarray(sorted(rows), dtype=np.int64)
        if not len(rows):
            return rows
        return np.flatnonzero(np.isin(self.cluster_ids, np.unique(self.cluster_ids[rows])) & usable)

    def related_rows(self, processed, usable: np.ndarray) -> set[int]:
        """Rows (among ``usable``) whose articles a check could pair with one of
        ``processed``: the same normalised text, an LSH candidate that the signatures
        do not rule out, a shared long passage, an event report that could merge."""
        related: set[int] = set()
        for article in processed:
            related.update(self.copy_candidate_rows(article.features, usable).tolist())
            for key in article.features.passage_keys.tolist():
                holders = lookup(self.passage_keys, self.passage_rows, key)
                related.update(holders[usable[holders]][:PASSAGE_HOLDERS].tolist())
            lookups = [(self.event_filed_keys, self.event_filed_rows, k) for k in article.index_keys.events_looks.tolist()]
            lookups += [(self.event_looks_keys, self.event_looks_rows, k) for k in article.index_keys.events_filed.tolist()]
            for keys, key_rows, key in lookups:
                holders = lookup(keys, key_rows, key)
                related.update(holders[usable[holders]].tolist())
        return related


_EVENT_ARRAYS = ("event_ids", "event_base_ids", "cluster_ids")
_ARRAYS = ("article_ids", "source_paths", "seed_sha256", "seed_stats", "exact_keys", "signatures",
           "band_keys", "source_keys", "passage_keys", "passage_rows", "event_filed_keys", "event_filed_rows", "event_looks_keys",
           "event_looks_rows", "event_ids", "event_base_ids", "cluster_ids")


def _source_keys(rows: list[dict], fresh: np.ndarray, kept: np.ndarray, kept_values) -> np.ndarray:
    """Each row's source keys joined by a newline: made for the ``fresh`` rows, the ``kept``
    rows' values copied (a string array's width is its longest value: assembled per row)."""
    values = [""] * len(rows)
    for row, value in zip(kept.tolist(), list(kept_values)):
        values[row] = str(value)
    for row in fresh.tolist():
        values[row] = "\n".join(sorted(source_keys(rows[row].get("url"), rows[row].get("outlet"))))
    return np.array(values, dtype=str)


def _clusters_of(article_ids: list[str], cluster_of: dict[str, str]) -> np.ndarray:
    """Each article's cluster id, aligned with ``article_ids`` (an article in no cluster,
    or not yet clustered, is its own)."""
    return np.array([cluster_of.get(a, a) for a in article_ids], dtype=str)


def _trusted_stat(path: Path | str, read_since_ns: int) -> tuple[int, int]:
    """The size and time of a seed read at or after ``read_since_ns``, or (-1, -1) when its
    time is too close to that moment to prove a later change (RACY_NS)."""
    size, mtime = stat_of(path)
    return (size, mtime) if mtime < read_since_ns - RACY_NS else (-1, -1)


def _fingerprints() -> str:
    """What the index records of the code that made it: the article stage's fingerprint
    (its arrays and the cached articles are valid for it), then the whole code's."""
    return f"{article_fingerprint()}\n{code_fingerprint()}"

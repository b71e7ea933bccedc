"""Every processed article a command can reuse, behind one interface: what the pipeline
asks for an article by its seed's path and sha256, by its file's bytes, or by its row of
the last build's corpus index, and where it keeps the articles it processes.

Behind it are the per-article cache (cache.py, ``.ruchina-cache/``) and the last build's
article pack (article_pack.py), which holds the same entries in one file: rows of the
last build's index are read from the pack when it is usable, else from the cache. Both
are only faster ways to the same results: an article found in neither is None, and the
caller processes it again.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from ruchina.store.article_pack import write_pack
from ruchina.store.cache import ArticleCache, dumps_entry
from ruchina.store.corpus_index import CorpusIndex


class ArticleStore:
    """The processed articles (pipeline/processing.py's ProcessedArticle) of a repository.
    ``last_build``: the last build's corpus index, whose rows at_rows() reads (and whose
    pack, if it has one, it reads them from)."""

    def __init__(self, repo_root: Path, last_build: CorpusIndex | None = None):
        self._cache = ArticleCache(repo_root)
        self.index = last_build
        self._pack = last_build.pack() if last_build is not None else None

    def __getstate__(self) -> dict:
        # Sent to a worker process to keep what it processes: the cache is all it needs
        # (the index's arrays would be copied whole).
        return {"_cache": self._cache, "index": None, "_pack": None}

    def at_rows(self, rows: list[int]) -> Iterator[Any | None]:
        """The articles at these rows of the last build's index, in order; None for each
        one the store has lost."""
        if not rows:
            return iter(())
        if self._pack is not None and self._pack.usable():
            return self._pack.entries(rows)
        index = self.index
        return self.of_seeds(zip(index.source_paths[rows].tolist(), index.seed_sha256[rows].tolist()))

    def of_seeds(self, seeds: Iterable[tuple[str, str]]) -> Iterator[Any | None]:
        """The articles of these seeds, each by its path and the sha256 of its bytes (as a
        manifest lists them), in order; None for each one the store does not hold."""
        return self._cache.get_many([ArticleCache.key_for(path, sha256) for path, sha256 in seeds])

    def of_file(self, source_path: str, raw: bytes) -> Any | None:
        """The article of the file ``source_path`` whose bytes are ``raw``, or None."""
        return self._cache.get(ArticleCache.key(source_path, raw))

    def put(self, source_path: str, raw: bytes, processed: Any) -> None:
        """Keep the processing of the file ``source_path`` whose bytes are ``raw``."""
        self._cache.put(ArticleCache.key(source_path, raw), processed)

    def write_pack(self, path: Path, processed: list, copied_rows: np.ndarray) -> np.ndarray:
        """A new build's pack of ``processed`` (its articles in row order) into ``path``,
        its spans returned: rows ``copied_rows`` says are the last build's (row i is that
        build's row ``copied_rows[i]``, or -1) are taken from its pack, the others' entries
        from the cache (pickled anew where the cache lost them)."""
        def entry(row: int) -> bytes:
            article = processed[row]
            key = ArticleCache.key_for(article.row["source_path"], article.row["sha256"])
            return self._cache.get_bytes(key) or dumps_entry(article)

        return write_pack(path, len(processed), copied_rows, self._pack, entry)

    def prune_other_versions(self) -> None:
        """Forget what other code processed: it is never valid again."""
        self._cache.prune_other_versions()

"""Every processed article a command can reuse, behind one interface: what the pipeline
asks for an article by its seed's path and sha256, by its file's bytes, or by its row of
the last build's corpus index, and where it keeps the articles it processes.

Behind it is the per-article cache (cache.py, ``.ruchina-cache/``, one file an article,
read many at a time ahead of their use). A build wrote all of them into one file too
(the article pack) until measured against the cache alone: no clear gain at 10,000
articles (BENCHMARKS.md, "The article pack: removed"). The cache is only a faster way to
the same results: an article it does not hold is None, and the caller processes it again.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ruchina.store.cache import ArticleCache
from ruchina.store.corpus_index import CorpusIndex


class ArticleStore:
    """The processed articles (pipeline/processing.py's ProcessedArticle) of a repository.
    ``last_build``: the last build's corpus index, whose rows at_rows() reads."""

    def __init__(self, repo_root: Path, last_build: CorpusIndex | None = None):
        self._cache = ArticleCache(repo_root)
        self.index = last_build

    def __getstate__(self) -> dict:
        # Sent to a worker process to keep what it processes: the cache is all it needs
        # (the index's arrays would be copied whole).
        return {"_cache": self._cache, "index": None}

    def at_rows(self, rows: list[int]) -> Iterator[Any | None]:
        """The articles at these rows of the last build's index, in order; None for each
        one the store has lost."""
        if not rows:
            return iter(())
        return self.of_seeds(zip(self.index.source_paths[rows].tolist(), self.index.seed_sha256[rows].tolist()))

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

    def prune_other_versions(self) -> None:
        """Forget what other code processed: it is never valid again."""
        self._cache.prune_other_versions()

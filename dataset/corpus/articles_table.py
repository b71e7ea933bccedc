"""Build the articles table: one row per seed file."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pyarrow as pa

from ruchina.corpus.copy_clusters import cluster_ids, find_copy_clusters
from ruchina.schemas import ARROW_SCHEMAS
from ruchina.text.parsing import ParsedArticle


def article_id_for(path: Path) -> str:
    """An article's id is its seed file's stem: stable, and visible in the file name."""
    return path.stem


def article_row(article_id: str, source_path: str, raw: bytes, parsed: ParsedArticle) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "source_path": source_path,
        "sha256": hashlib.sha256(raw).hexdigest(),
        "title": parsed.title,
        "subtitle": parsed.subtitle,
        "url": parsed.url,
        "outlet": parsed.outlet,
        "published_date": parsed.published_date,
        "published_date_source": parsed.published_date_source,
        "body": parsed.body,
        "n_words": parsed.n_words,
        "language": parsed.language,
        "title_repeats": parsed.title_repeats,
        # (no column: extraction reads it, to place the main event)
        "place": parsed.place,
        # Alone, an article is its own story; articles_table finds its cluster in the corpus.
        "cluster_id": article_id,
    }


def articles_table(rows: list[dict[str, Any]], features: dict | None = None,
                   clusters: list[list[str]] | None = None) -> pa.Table:
    """The articles table of ``rows`` (article_row's); ``features`` (TextFeatures by article
    id, every article's) gives each its cluster of copies, found here unless ``clusters``
    (copy_clusters.find_copy_clusters's) are given."""
    rows = sorted(rows, key=lambda row: row["article_id"])
    schema = ARROW_SCHEMAS["articles"]
    ids = [row["article_id"] for row in rows]
    bodies = {row["article_id"]: row["body"] for row in rows}
    if clusters is None:
        if features is None:
            from ruchina.similarity.text_features import text_features

            features = {article_id: text_features(article_id, body) for article_id, body in bodies.items()}
        clusters = find_copy_clusters({article_id: features[article_id] for article_id in ids}, bodies)
    cluster_of = cluster_ids(ids, clusters, {row["article_id"]: row["published_date"] for row in rows})
    columns = {name: [row[name] for row in rows] for name in schema.names if name not in ("cluster_id", "body")}
    columns["cluster_id"] = [cluster_of[article_id] for article_id in ids]
    columns["body"] = text_column([row["body"] for row in rows])
    # Column by column: Arrow converts a list per column faster than a dict per row.
    return pa.Table.from_pydict({name: columns[name] for name in schema.names}, schema=schema)


#: Texts encoded at a time by text_column.
TEXT_SLICE = 4096


def text_column(texts: list[str]) -> pa.ChunkedArray:
    """Long texts as an Arrow string column, encoded a slice at a time. Converted at once,
    CPython keeps a UTF-8 copy inside every non-ASCII string it hands to Arrow, and Arrow
    grows one buffer by doubling: at 100,000 articles, ~280 MB more at the build's peak
    (BENCHMARKS.md). The Parquet bytes are the same either way."""
    slices = [pa.array([text.encode("utf-8") for text in texts[start:start + TEXT_SLICE]], pa.binary())
              for start in range(0, len(texts), TEXT_SLICE)]
    return pa.chunked_array([piece.view(pa.string()) for piece in slices], pa.string())

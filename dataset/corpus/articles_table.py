"""Build the articles table: one row per seed file."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pyarrow as pa

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
    }


def articles_table(rows: list[dict[str, Any]]) -> pa.Table:
    rows = sorted(rows, key=lambda row: row["article_id"])
    schema = ARROW_SCHEMAS["articles"]
    # Column by column: Arrow converts a list per column faster than a dict per row.
    return pa.Table.from_pydict({name: [row[name] for row in rows] for name in schema.names}, schema=schema)

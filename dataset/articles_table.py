"""Build the articles table: one row per seed file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pyarrow as pa

from .article_file import read_article_file
from .parsing import ParsedArticle, parse_article
from ruchina.schemas import ARROW_SCHEMAS


def article_id_for(path: Path) -> str:
    """An article's id is its seed file's stem: stable, and visible in the file name."""
    return path.stem


def read_article(path: Path, source_path: str, today: dt.date | None = None) -> tuple[dict[str, Any], ParsedArticle]:
    """The articles row of one seed file, and the parse behind it (later stages use both).
    Raises ArticleError naming ``source_path`` when the file is unusable."""
    article_file = read_article_file(path, source_path)
    parsed = parse_article(article_file.text, source_path, today=today)
    row = {
        "article_id": article_id_for(path),
        "source_path": source_path,
        "sha256": article_file.sha256,
        "title": parsed.title,
        "subtitle": parsed.subtitle,
        "url": parsed.url,
        "outlet": parsed.outlet,
        "published_date": parsed.published_date,
        "body": parsed.body,
        "n_words": parsed.n_words,
        "language": parsed.language,
        "title_repeats": parsed.title_repeats,
    }
    return row, parsed


def articles_table(rows: list[dict[str, Any]]) -> pa.Table:
    rows = sorted(rows, key=lambda row: row["article_id"])
    return pa.Table.from_pylist(rows, schema=ARROW_SCHEMAS["articles"])

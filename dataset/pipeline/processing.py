"""Everything ruchina derives from one article file on its own: its articles row, its
extraction (entity mentions, event reports), what the text checks compare and its keys in
the corpus index. A pure function of the file's name and bytes, so it can be cached and
run in parallel."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ruchina.corpus.articles_table import article_row
from ruchina.extract.compact import shared
from ruchina.extract.extraction import ArticleExtraction, extract_article
from ruchina.similarity.text_features import TextFeatures, text_features
from ruchina.store.index_keys import IndexKeys, index_keys
from ruchina.text.article_file import decode_article_bytes
from ruchina.text.parsing import parse_article


@dataclass
class ProcessedArticle:
    row: dict
    extraction: ArticleExtraction
    features: TextFeatures
    index_keys: IndexKeys

    def __setstate__(self, state: dict) -> None:
        # Read back from the cache, each row's keys and its short values (language, outlet,
        # date source...) would be strings of their own in every article: one of each instead.
        state["row"] = {shared(key): shared(value) for key, value in state["row"].items()}
        self.__dict__.update(state)


def process_article(source_path: str, article_id: str, raw: bytes, today: dt.date | None = None) -> ProcessedArticle:
    """Raises ArticleError naming ``source_path`` when the file cannot be used."""
    parsed = parse_article(decode_article_bytes(raw, source_path), source_path, today=today)
    row = article_row(article_id, source_path, raw, parsed)
    extraction = extract_article(row["article_id"], row["title"], row["subtitle"], row["body"], row["published_date"],
                                 row["language"], place=row["place"])
    features = text_features(row["article_id"], row["body"])
    return ProcessedArticle(row, extraction, features, index_keys(extraction))

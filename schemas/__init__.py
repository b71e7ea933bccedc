"""The shape of every ruchina table: an Arrow schema for the files, a pandera
``DataFrameModel`` for the loaded frames, and the primary key.

Importing this package imports pandera; ``import ruchina`` and ``ruchina.load`` never do.
"""

from __future__ import annotations

from .articles import ARTICLES_ARROW_SCHEMA, ArticlesSchema
from .fingerprint import schema_fingerprint

#: table name -> pandera model
MODELS = {"articles": ArticlesSchema}
#: table name -> Arrow schema of its Parquet file
ARROW_SCHEMAS = {"articles": ARTICLES_ARROW_SCHEMA}
#: table name -> primary key column
PRIMARY_KEYS = {"articles": "article_id"}

__all__ = ["ARROW_SCHEMAS", "MODELS", "PRIMARY_KEYS", "ArticlesSchema", "schema_fingerprint"]

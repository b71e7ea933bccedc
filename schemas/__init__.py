"""The shape of every ruchina table: an Arrow schema for the files, a pandera
``DataFrameModel`` for the loaded frames, the primary key, and the foreign keys
that tie the tables together.

Importing this package imports pandera; ``import ruchina`` and ``ruchina.load`` never do.
"""

from __future__ import annotations

from typing import NamedTuple

from .articles import ARTICLES_ARROW_SCHEMA, ArticlesSchema
from .entities import ENTITIES_ARROW_SCHEMA, EntitiesSchema
from .events import EVENTS_ARROW_SCHEMA, EventsSchema
from .fingerprint import schema_fingerprint

#: table name -> pandera model
MODELS = {"articles": ArticlesSchema, "entities": EntitiesSchema, "events": EventsSchema}
#: table name -> Arrow schema of its Parquet file
ARROW_SCHEMAS = {"articles": ARTICLES_ARROW_SCHEMA, "entities": ENTITIES_ARROW_SCHEMA, "events": EVENTS_ARROW_SCHEMA}
#: table name -> primary key column
PRIMARY_KEYS = {"articles": "article_id", "entities": "entity_id", "events": "event_id"}


class ForeignKey(NamedTuple):
    table: str
    column: str
    target_table: str
    target_column: str
    is_list: bool


#: Every reference between tables; schema validation checks that each resolves.
FOREIGN_KEYS = (
    ForeignKey("entities", "article_ids", "articles", "article_id", True),
    ForeignKey("events", "location_id", "entities", "entity_id", False),
    ForeignKey("events", "participant_ids", "entities", "entity_id", True),
    ForeignKey("events", "article_ids", "articles", "article_id", True),
)

__all__ = [
    "ARROW_SCHEMAS", "FOREIGN_KEYS", "MODELS", "PRIMARY_KEYS", "ArticlesSchema", "EntitiesSchema", "EventsSchema",
    "ForeignKey", "schema_fingerprint",
]

"""The shape of every ruchina table: an Arrow schema for the files, a pandera
``DataFrameModel`` for the loaded frames, the primary key, and the foreign keys
that tie the tables together.

Importing this package imports pandera; ``import ruchina`` and ``ruchina.load`` never do.
"""

from __future__ import annotations

from typing import NamedTuple

from ruchina.schemas import articles, claims, entities, events, findings
from ruchina.schemas.articles import ARTICLES_ARROW_SCHEMA, ArticlesSchema
from ruchina.schemas.claims import CLAIMS_ARROW_SCHEMA, ClaimsSchema
from ruchina.schemas.entities import ENTITIES_ARROW_SCHEMA, EntitiesSchema
from ruchina.schemas.events import EVENTS_ARROW_SCHEMA, EventsSchema
from ruchina.schemas.findings import FINDINGS_ARROW_SCHEMA, FindingsSchema
from ruchina.schemas.fingerprint import schema_fingerprint

#: table name -> pandera model
MODELS = {
    "articles": ArticlesSchema,
    "entities": EntitiesSchema,
    "events": EventsSchema,
    "claims": ClaimsSchema,
    "findings": FindingsSchema,
}
#: table name -> Arrow schema of its Parquet file
ARROW_SCHEMAS = {
    "articles": ARTICLES_ARROW_SCHEMA,
    "entities": ENTITIES_ARROW_SCHEMA,
    "events": EVENTS_ARROW_SCHEMA,
    "claims": CLAIMS_ARROW_SCHEMA,
    "findings": FINDINGS_ARROW_SCHEMA,
}
#: table name -> one line saying what a row is
TABLE_DESCRIPTIONS = {
    module.__name__.rsplit(".", 1)[-1]: module.__doc__.strip().split(": ", 1)[-1].rstrip(".").capitalize() + "."
    for module in (articles, entities, events, claims, findings)
}
#: table name -> primary key column
PRIMARY_KEYS = {
    "articles": "article_id",
    "entities": "entity_id",
    "events": "event_id",
    "claims": "claim_id",
    "findings": "finding_id",
}


class ForeignKey(NamedTuple):
    table: str
    column: str
    #: the tables whose primary keys it may name (a claim's subject is an entity or an event)
    targets: tuple[str, ...]
    is_list: bool


#: Every reference between tables; schema validation checks that each resolves.
#: findings.record_ids name records of the table in the finding's own `table` column,
#: which the schema check resolves row by row.
FOREIGN_KEYS = (
    ForeignKey("entities", "article_ids", ("articles",), True),
    ForeignKey("events", "location_id", ("entities",), False),
    ForeignKey("events", "participant_ids", ("entities",), True),
    ForeignKey("events", "article_ids", ("articles",), True),
    ForeignKey("claims", "article_id", ("articles",), False),
    ForeignKey("claims", "subject_id", ("entities", "events"), False),
)

__all__ = [
    "ARROW_SCHEMAS", "FOREIGN_KEYS", "MODELS", "PRIMARY_KEYS", "TABLE_DESCRIPTIONS", "ArticlesSchema", "ClaimsSchema", "EntitiesSchema",
    "EventsSchema", "FindingsSchema", "ForeignKey", "schema_fingerprint",
]

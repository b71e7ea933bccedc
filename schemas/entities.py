"""entities: one row per real-world entity the articles name."""

from __future__ import annotations

import pyarrow as pa

from ruchina.schemas.spec import Check, Column, TableSpec, lazy_model
from ruchina.vocabulary import ENTITY_TYPES


def _is_string_list(values):
    return values.map(lambda v: v is not None and all(isinstance(x, str) and x for x in v))


def _not_empty_list(values):
    return values.map(lambda v: v is not None and len(v) > 0)


def _wikidata_id_is_the_id_when_known(frame):
    return frame["wikidata_id"].isna() | (frame["wikidata_id"] == frame["entity_id"])


def _discovered_entities_have_no_wikidata_id(frame):
    return frame["linked"] | frame["wikidata_id"].isna()


LIST_OF_TEXT = Check("list_of_text", _is_string_list)

SPEC = TableSpec(
    name="entities",
    description="One row per real-world entity the articles name.",
    notes="Curated entities (``linked``) carry their Wikidata id when the knowledge base knows it; discovered "
          "ones have a slug id and are not yet curated.",
    primary_key="entity_id",
    columns=(
        Column("entity_id", pa.string(), "The Wikidata id when the knowledge base knows it (Q7747), else a slug of "
               "the name (kj-noh).", pattern=r"^(?:Q[0-9]+|[a-z0-9]+(?:-[a-z0-9]+)*)$"),
        Column("name", pa.string(), "Canonical name.", not_empty=True),
        Column("entity_type", pa.string(), "PERSON, ORG, GPE (a country or city, as a place and as its government), "
               "LOC, FAC, EVENT or MISC.", one_of=ENTITY_TYPES),
        Column("wikidata_id", pa.string(), "Wikidata id, only where verified.", nullable=True, pattern=r"^Q[0-9]+$"),
        Column("aliases", pa.list_(pa.string()), "Other names: the knowledge base's and the forms seen in the "
               "articles.", checks=(LIST_OF_TEXT,)),
        Column("article_ids", pa.list_(pa.string()), "Every article that names it (headline, dek or body).",
               references=("articles",), checks=(LIST_OF_TEXT, Check("mentioned_somewhere", _not_empty_list))),
        Column("n_mentions", pa.int64(), "How many times it is named in all.", greater_than=0),
        Column("linked", pa.bool_(), "True when it comes from the curated knowledge base; false when discovered in "
               "text and not yet curated."),
    ),
    checks=(Check("wikidata_id_is_the_id_when_known", _wikidata_id_is_the_id_when_known),
            Check("discovered_entities_have_no_wikidata_id", _discovered_entities_have_no_wikidata_id)),
)

ENTITIES_ARROW_SCHEMA = SPEC.arrow_schema

#: EntitiesSchema, the pandera model, is made on first use: importing this module imports pyarrow only.
__getattr__ = lazy_model(SPEC, __name__)

"""entities: one row per real-world entity the articles name."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
import pyarrow
from pandera.typing import Series

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "MISC")

ENTITIES_ARROW_SCHEMA = pyarrow.schema(
    [
        pyarrow.field("entity_id", pyarrow.string(), nullable=False),
        pyarrow.field("name", pyarrow.string(), nullable=False),
        pyarrow.field("entity_type", pyarrow.string(), nullable=False),
        pyarrow.field("wikidata_id", pyarrow.string()),
        pyarrow.field("aliases", pyarrow.list_(pyarrow.string()), nullable=False),
        pyarrow.field("article_ids", pyarrow.list_(pyarrow.string()), nullable=False),
        pyarrow.field("n_mentions", pyarrow.int64(), nullable=False),
        pyarrow.field("linked", pyarrow.bool_(), nullable=False),
    ]
)


def _is_string_list(values: Series) -> Series[bool]:
    return values.map(lambda v: v is not None and all(isinstance(x, str) and x for x in v))


class EntitiesSchema(pa.DataFrameModel):
    """Curated entities (``linked``) carry their Wikidata id when the knowledge base
    knows it; discovered ones have a slug id and are not yet curated."""

    entity_id: Series[str] = pa.Field(unique=True, str_matches=r"^(?:Q[0-9]+|[a-z0-9]+(?:-[a-z0-9]+)*)$", description='The Wikidata id when the knowledge base knows it (Q7747), else a slug of the name (kj-noh).')
    name: Series[str] = pa.Field(str_length={"min_value": 1}, description='Canonical name.')
    entity_type: Series[str] = pa.Field(isin=list(ENTITY_TYPES), description='PERSON, ORG, GPE (a country or city, as a place and as its government), LOC, FAC, EVENT or MISC.')
    wikidata_id: Series[str] = pa.Field(nullable=True, str_matches=r"^Q[0-9]+$", description='Wikidata id, only where verified.')
    aliases: Series[object] = pa.Field(description="Other names: the knowledge base's and the forms seen in the articles.")
    article_ids: Series[object] = pa.Field(description='Every article that names it (headline, dek or body).')
    n_mentions: Series[int] = pa.Field(gt=0, description='How many times it is named in all.')
    linked: Series[bool] = pa.Field(description='True when it comes from the curated knowledge base; false when discovered in text and not yet curated.')

    @pa.check("aliases", "article_ids", name="list_of_text")
    def list_of_text(cls, values: Series) -> Series[bool]:
        return _is_string_list(values)

    @pa.check("article_ids", name="mentioned_somewhere")
    def mentioned_somewhere(cls, values: Series) -> Series[bool]:
        return values.map(lambda v: v is not None and len(v) > 0)

    @pa.dataframe_check(name="wikidata_id_is_the_id_when_known")
    def wikidata_id_is_the_id_when_known(cls, frame: pd.DataFrame) -> Series[bool]:
        return frame["wikidata_id"].isna() | (frame["wikidata_id"] == frame["entity_id"])

    @pa.dataframe_check(name="discovered_entities_have_no_wikidata_id")
    def discovered_entities_have_no_wikidata_id(cls, frame: pd.DataFrame) -> Series[bool]:
        return frame["linked"] | frame["wikidata_id"].isna()

    @pa.dataframe_check(name="sorted_by_entity_id")
    def sorted_by_entity_id(cls, frame: pd.DataFrame) -> bool:
        return frame["entity_id"].is_monotonic_increasing

    class Config:
        strict = True
        ordered = True
        coerce = False

"""The shape of every ruchina table, declared once in ``schemas/<table>.py`` as a
TableSpec (spec.py): columns with their Arrow type, nullability, constraints and
description; the primary key; what the columns reference. Made from the specs: the
Arrow schema of each Parquet file, the pandera ``DataFrameModel`` of each loaded frame
(models.py), the foreign keys that tie the tables together, and, in ruchina.publish,
the data dictionary and the release metadata.

The tables are those ``ruchina.TABLES`` lists, in its order. Importing this package
imports pyarrow; pandera only on first use of a model (MODELS, ArticlesSchema, ...).
``import ruchina`` and ``ruchina.load`` import neither.
"""

from __future__ import annotations

from importlib import import_module

from ruchina.read.loader import TABLES
from ruchina.schemas.fingerprint import schema_fingerprint
from ruchina.schemas.spec import Check, Column, ForeignKey, TableSpec

#: table name -> its spec, the SPEC of schemas/<table>.py
SPECS: dict[str, TableSpec] = {name: import_module(f"ruchina.schemas.{name}").SPEC for name in TABLES}
#: table name -> Arrow schema of its Parquet file
ARROW_SCHEMAS = {name: spec.arrow_schema for name, spec in SPECS.items()}
#: table name -> one line saying what a row is
TABLE_DESCRIPTIONS = {name: spec.description for name, spec in SPECS.items()}
#: table name -> primary key column
PRIMARY_KEYS = {name: spec.primary_key for name, spec in SPECS.items()}
#: Every reference between tables; schema validation checks that each resolves.
#: findings.record_ids name records of the table in the finding's own `table` column,
#: which the schema check resolves row by row.
FOREIGN_KEYS = tuple(key for spec in SPECS.values() for key in spec.foreign_keys)



def references_to(target: str) -> dict[str, ForeignKey]:
    """table -> its foreign key into ``target`` alone: how entities, events and claims
    name the articles they are made from."""
    found: dict[str, ForeignKey] = {}
    for key in FOREIGN_KEYS:
        # A table's references to itself (an article's cluster) are not what it is made from.
        if key.targets == (target,) and key.table != target:
            if key.table in found:
                raise ValueError(f"{key.table} has more than one reference to {target}")
            found[key.table] = key
    return found


_MODEL_TABLES = {spec.model_name: name for name, spec in SPECS.items()}


def __getattr__(name: str):
    # MODELS (table name -> pandera model) and each model by its name, made on first use.
    if name == "MODELS" or name in _MODEL_TABLES:
        from ruchina.schemas.models import MODELS

        return MODELS if name == "MODELS" else MODELS[_MODEL_TABLES[name]]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ARROW_SCHEMAS", "FOREIGN_KEYS", "MODELS", "PRIMARY_KEYS", "SPECS", "TABLES", "TABLE_DESCRIPTIONS",
    "ArticlesSchema", "Check", "ClaimsSchema", "Column", "EntitiesSchema", "EventsSchema", "FindingsSchema",
    "ForeignKey", "TableSpec", "references_to", "schema_fingerprint",
]

"""A short, stable digest of a table's column names, types and nullability."""

from __future__ import annotations

import hashlib
import json

import pyarrow as pa


def schema_fingerprint(schema: pa.Schema) -> str:
    columns = [[field.name, str(field.type), field.nullable] for field in schema]
    return hashlib.sha256(json.dumps(columns, separators=(",", ":")).encode()).hexdigest()[:16]

"""Write tables as Parquet files that are byte-identical for identical data."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ruchina.atomic import write_bytes_atomically
from ruchina.read.manifest import TableEntry

# Fixed writer settings: any change here changes every file's bytes, so it is a code
# change to note in the CHANGELOG.
_WRITE_OPTIONS = dict(
    compression="zstd",
    compression_level=9,
    use_dictionary=True,
    write_statistics=True,
    data_page_version="2.0",
    version="2.6",
)


def table_to_parquet_bytes(table: pa.Table, *, table_name: str, data_version: str, fingerprint: str) -> bytes:
    metadata = {
        "ruchina.table": table_name,
        "ruchina.data_version": data_version,
        "ruchina.schema_fingerprint": fingerprint,
    }
    table = table.replace_schema_metadata(metadata)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, **_WRITE_OPTIONS)
    return sink.getvalue().to_pybytes()


def write_parquet(
    table: pa.Table, directory: Path, *, table_name: str, data_version: str, fingerprint: str
) -> TableEntry:
    data = table_to_parquet_bytes(table, table_name=table_name, data_version=data_version, fingerprint=fingerprint)
    file_name = f"{table_name}.parquet"
    write_bytes_atomically(directory / file_name, data)
    return TableEntry(
        file=file_name,
        rows=table.num_rows,
        bytes=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        schema_fingerprint=fingerprint,
    )

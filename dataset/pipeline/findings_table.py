"""Build the findings table: the quality report of a build, accepted findings marked."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa

from ruchina.atomic import write_bytes_atomically
from ruchina.checks.accepted import apply_accepted
from ruchina.checks.finding import Finding
from ruchina.read.manifest import TableEntry
from ruchina.schemas import ARROW_SCHEMAS
from ruchina.store.corpus_index import INDEX_DIR

#: In a build's corpus index (never released): the sha256 of each table its checks saw.
CHECKED_TABLES_FILE = "checked-tables.json"


def findings_table(findings: list[Finding], accepted: dict[str, str]) -> pa.Table:
    rows = [finding.to_dict() for finding in sorted(apply_accepted(findings, accepted), key=lambda f: f.finding_id)]
    return pa.Table.from_pylist(rows, schema=ARROW_SCHEMAS["findings"])


def unmarked_findings(table: pa.Table) -> list[Finding]:
    """The findings of a findings table without their marks of acceptance (accepted.yaml
    may have changed since the table was made)."""
    return [Finding.from_row({**row, "accepted": False, "accepted_reason": None}) for row in table.to_pylist()]


def record_checked_tables(build_dir: Path, entries: dict[str, TableEntry]) -> None:
    """Note which bytes of each table (the findings' own too) the build's findings are the report of."""
    checked = _sha256_by_table(entries)
    write_bytes_atomically(build_dir / INDEX_DIR / CHECKED_TABLES_FILE, json.dumps(checked, sort_keys=True).encode())


def findings_report_these_tables(build_dir: Path, entries: dict[str, TableEntry]) -> bool:
    """Whether the build's findings are the report of the tables ``entries`` describe
    (a table rewritten since, manifest and all, is not what the checks saw or found)."""
    try:
        checked = json.loads((build_dir / INDEX_DIR / CHECKED_TABLES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return checked == _sha256_by_table(entries)


def _sha256_by_table(entries: dict[str, TableEntry]) -> dict[str, str]:
    return {name: entry.sha256 for name, entry in entries.items()}

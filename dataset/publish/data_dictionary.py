"""docs/data-dictionary.md, generated from the table specs (schemas/<table>.py): every
table, column, type, constraint and reference. Regenerate with ``python -m
ruchina.publish.data_dictionary``; a test fails when the committed file is out of date."""

from __future__ import annotations

import sys
from pathlib import Path

from ruchina.schemas import PRIMARY_KEYS, SPECS
from ruchina.schemas.spec import Column, TableSpec

DICTIONARY_PATH = Path("docs") / "data-dictionary.md"


def _constraints(column: Column, spec: TableSpec) -> str:
    """The column's constraints, in the order its pandera checks run."""
    parts = []
    if column.name == spec.primary_key:
        parts.append("unique")
    if column.greater_than is not None:
        parts.append(f"> {column.greater_than}")
    if column.at_least is not None:
        parts.append(f"≥ {column.at_least}")
    if column.one_of:
        parts.append("one of " + ", ".join(f"`{value}`" for value in column.one_of))
    if column.pattern is not None:
        parts.append(f"matches `{column.pattern}`")
    if column.not_empty:
        parts.append("not empty")
    parts += [check.name for check in column.checks]
    if column.may_be_empty:
        parts.append("may be empty")
    return "; ".join(parts)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_data_dictionary() -> str:
    lines = [
        "# Data dictionary",
        "",
        "Generated from the table specs in `schemas/` by `python -m ruchina.publish.data_dictionary`; "
        "do not edit by hand.",
        "",
    ]
    for table, spec in SPECS.items():
        lines += [f"## {table}", "", spec.description, "", f"Primary key: `{spec.primary_key}`. "
                  f"File: `{table}.parquet`, rows sorted by the key.", "",
                  "| column | Arrow type | nullable | constraints | description |", "|---|---|---|---|---|"]
        for column in spec.columns:
            lines.append(f"| `{column.name}` | `{column.type}` | {'yes' if column.nullable else 'no'} | "
                         f"{_cell(_constraints(column, spec))} | {_cell(column.description)} |")
        keys = spec.foreign_keys
        lines.append("")
        if keys:
            lines.append("References: " + "; ".join(
                f"`{key.column}` → " + " or ".join(f"`{t}.{PRIMARY_KEYS[t]}`" for t in key.targets)
                + (" (each element)" if key.is_list else "") for key in keys) + ".")
            lines.append("")
        table_checks = (*spec.checks, spec.sorted_check)
        lines.append("Table checks: " + ", ".join(f"`{check.name}`" for check in table_checks) + ".")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DICTIONARY_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_data_dictionary(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()

"""docs/data-dictionary.md, generated from the schemas: every table, column, type,
constraint and reference. Regenerate with ``python -m ruchina.publish.data_dictionary``; a test
fails when the committed file is out of date."""

from __future__ import annotations

import sys
from pathlib import Path

from ruchina.schemas import ARROW_SCHEMAS, FOREIGN_KEYS, MODELS, PRIMARY_KEYS, TABLE_DESCRIPTIONS

DICTIONARY_PATH = Path("docs") / "data-dictionary.md"


def _constraints(column) -> str:
    parts = []
    if column.unique:
        parts.append("unique")
    for check in column.checks:
        statistics = {k: v for k, v in (check.statistics or {}).items() if v is not None}
        if check.name == "str_matches":
            parts.append(f"matches `{statistics.get('pattern')}`")
        elif check.name == "isin":
            parts.append("one of " + ", ".join(f"`{v}`" for v in statistics.get("allowed_values", [])))
        elif check.name in ("greater_than", "greater_than_or_equal_to", "less_than", "less_than_or_equal_to"):
            symbol = {"greater_than": ">", "greater_than_or_equal_to": "≥", "less_than": "<",
                      "less_than_or_equal_to": "≤"}[check.name]
            parts.append(f"{symbol} {next(iter(statistics.values()))}")
        elif check.name == "str_length":
            parts.append("not empty" if statistics.get("min_value") == 1 else f"length {statistics}")
        else:
            parts.append(check.name)
    return "; ".join(parts)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_data_dictionary() -> str:
    lines = [
        "# Data dictionary",
        "",
        "Generated from the pandera schemas in `schemas/` by `python -m ruchina.publish.data_dictionary`; "
        "do not edit by hand.",
        "",
    ]
    for table, model in MODELS.items():
        schema = model.to_schema()
        arrow = ARROW_SCHEMAS[table]
        lines += [f"## {table}", "", TABLE_DESCRIPTIONS[table], "", f"Primary key: `{PRIMARY_KEYS[table]}`. "
                  f"File: `{table}.parquet`, rows sorted by the key.", "",
                  "| column | Arrow type | nullable | constraints | description |", "|---|---|---|---|---|"]
        for field in arrow:
            column = schema.columns[field.name]
            lines.append(f"| `{field.name}` | `{field.type}` | {'yes' if field.nullable else 'no'} | "
                         f"{_cell(_constraints(column))} | {_cell(column.description or '')} |")
        table_checks = [check.name for check in schema.checks]
        keys = [key for key in FOREIGN_KEYS if key.table == table]
        lines.append("")
        if keys:
            lines.append("References: " + "; ".join(
                f"`{key.column}` → " + " or ".join(f"`{t}.{PRIMARY_KEYS[t]}`" for t in key.targets)
                + (" (each element)" if key.is_list else "") for key in keys) + ".")
            lines.append("")
        if table_checks:
            lines.append("Table checks: " + ", ".join(f"`{name}`" for name in table_checks) + ".")
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DICTIONARY_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_data_dictionary(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()

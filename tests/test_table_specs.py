"""Every table is declared once (schemas/<table>.py): the Arrow schema, the pandera model,
the data dictionary and the release metadata made from the declaration agree."""

from __future__ import annotations

import importlib
import re

import pytest
from conftest import PROJECT

import ruchina
from ruchina.publish.data_dictionary import DICTIONARY_PATH
from ruchina.publish.metadata import croissant, datapackage
from ruchina.read.manifest import Manifest, TableEntry
from ruchina.schemas import ARROW_SCHEMAS, MODELS, SPECS

TABLES = ruchina.TABLES


def every_table_manifest() -> Manifest:
    entries = {name: TableEntry(f"{name}.parquet", 0, 0, "0" * 64, "") for name in TABLES}
    return Manifest(version="1.0.0", code_version="0", tables=entries, seeds={})


def dictionary_columns() -> dict[str, list[tuple[str, str, bool]]]:
    """table -> (column, Arrow type, nullable) of each row of its table in the committed dictionary."""
    found: dict[str, list[tuple[str, str, bool]]] = {}
    table = None
    for line in (PROJECT / DICTIONARY_PATH).read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            table = found.setdefault(line[3:], [])
        elif (row := re.match(r"^\| `([^`]+)` \| `([^`]+)` \| (yes|no) \|", line)) and table is not None:
            table.append((row[1], row[2], row[3] == "yes"))
    return found


def test_the_tables_are_ruchina_tables_and_each_has_one_spec_module():
    assert list(SPECS) == list(TABLES) == list(ARROW_SCHEMAS) == list(MODELS)
    spec_modules = {path.stem for path in (PROJECT / "schemas").glob("*.py")
                    if hasattr(importlib.import_module(f"ruchina.schemas.{path.stem}"), "SPEC")}
    assert spec_modules == set(TABLES)


@pytest.mark.parametrize("table", TABLES)
def test_arrow_pandera_dictionary_and_metadata_name_the_same_columns(table):
    spec = SPECS[table]
    arrow = [(field.name, str(field.type), field.nullable) for field in ARROW_SCHEMAS[table]]
    assert arrow == [(column.name, str(column.type), column.nullable) for column in spec.columns]

    pandera = MODELS[table].to_schema()
    assert [(name, column.nullable) for name, column in pandera.columns.items()] == [(n, null) for n, _, null in arrow]
    assert pandera.strict and pandera.ordered

    assert dictionary_columns()[table] == arrow

    resource = next(r for r in datapackage(every_table_manifest())["resources"] if r["name"] == table)
    fields = resource["schema"]["fields"]
    assert [field["name"] for field in fields] == [name for name, _, _ in arrow]
    for field, (name, _, nullable) in zip(fields, arrow):
        required = field.get("constraints", {}).get("required", False)
        # Frictionless's required is "not null and not empty": a string the build may leave
        # empty is not required, though never null.
        assert required == (not nullable and not spec.column(name).may_be_empty), name
    assert resource["schema"]["primaryKey"] == [spec.primary_key]

    record_set = next(r for r in croissant(every_table_manifest())["recordSet"] if r["name"] == table)
    assert [field["name"] for field in record_set["field"]] == [name for name, _, _ in arrow]


def _expected_checks(column) -> list[str]:
    names = ["greater_than"] if column.greater_than is not None else []
    names += ["greater_than_or_equal_to"] if column.at_least is not None else []
    names += ["isin"] if column.one_of else []
    names += ["str_matches"] if column.pattern is not None else []
    names += ["str_length"] if column.not_empty else []
    return names + [check.name for check in column.checks]


@pytest.mark.parametrize("table", TABLES)
def test_the_pandera_model_checks_what_the_spec_declares(table):
    spec = SPECS[table]
    schema = MODELS[table].to_schema()
    for column in spec.columns:
        checked = schema.columns[column.name]
        assert [check.name for check in checked.checks] == _expected_checks(column), column.name
        assert checked.unique == (column.name == spec.primary_key)
        assert checked.description == column.description
    assert [check.name for check in schema.checks] == [c.name for c in spec.checks] + [f"sorted_by_{spec.primary_key}"]


@pytest.mark.parametrize("table", TABLES)
def test_a_string_column_is_either_declared_possibly_empty_or_kept_from_being_empty(table):
    """What Frictionless is told (required or not) must hold of what the build writes:
    a string column not declared ``may_be_empty`` has something that rules "" out."""
    for column in SPECS[table].columns:
        if str(column.type) != "string" or column.nullable or column.may_be_empty:
            continue
        rules_out_empty = (column.not_empty or bool(column.one_of) or bool(column.references)
                           or (column.pattern is not None and re.match(column.pattern, "") is None))
        assert rules_out_empty, f"{table}.{column.name}: declare may_be_empty=True, or a constraint against ''"


def test_the_public_names_are_the_derived_ones():
    from ruchina.schemas import ArticlesSchema, FindingsSchema
    from ruchina.schemas.articles import ARTICLES_ARROW_SCHEMA
    from ruchina.schemas.articles import ArticlesSchema as same

    assert ArticlesSchema is same is MODELS["articles"] and FindingsSchema is MODELS["findings"]
    assert ARTICLES_ARROW_SCHEMA is ARROW_SCHEMAS["articles"]
    assert ArticlesSchema.__name__ == "ArticlesSchema" and ArticlesSchema.__module__ == "ruchina.schemas.articles"


# --- the release metadata of a repository whose findings have empty evidence -----------------------

UNDATED = """Officials from the two countries held talks about trade and energy. They discussed pipelines, payments in national currencies and new routes for freight.

Both sides said the talks had been useful and that cooperation would continue.
"""


def test_frictionless_validates_a_release_whose_findings_have_empty_evidence(tmp_repo):
    """An undated article that nothing in its text dates gets a missing-date finding with
    nothing to quote: empty evidence, which Frictionless calls missing."""
    frictionless = pytest.importorskip("frictionless", reason="frictionless is a test dependency")
    import pyarrow.parquet as pq

    from ruchina.pipeline.build import build
    from ruchina.pipeline.release import release
    from ruchina.store.repository import RepositoryFiles

    (tmp_repo / "seeds" / "005_0123456789abcdef.txt").write_text(UNDATED, encoding="utf-8")
    repository = RepositoryFiles.find(tmp_repo)
    build(repository)
    released = release(repository).path
    findings = pq.read_table(released / "findings.parquet").to_pylist()
    assert [f["check"] for f in findings if f["evidence"] == ""] == ["missing-date"]
    report = frictionless.validate(str(released / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])

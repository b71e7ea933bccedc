"""`ruchina.load`: manifest-driven, verified, in the format asked for."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pyarrow as pa
import pytest

import ruchina
from ruchina.errors import (
    ChecksumError,
    ReleaseIntegrityError,
    RuchinaError,
    UnknownTableError,
    UnknownVersionError,
    UnsupportedFormatError,
)
from ruchina.read.loader import ReleaseStore


@pytest.fixture
def store(released_repo):
    return ReleaseStore(released_repo / "dataset" / "releases")


def test_the_shipped_articles_load_as_pandas():
    frame = ruchina.load("articles")
    assert isinstance(frame, pd.DataFrame)
    assert len(frame) == 5
    assert list(frame.columns)[:3] == ["article_id", "source_path", "sha256"]
    assert ruchina.versions()[-1] in ruchina.versions()


def test_public_names():
    assert ruchina.TABLES == ("articles", "entities", "events", "claims", "findings")
    assert callable(ruchina.load_all) and callable(ruchina.versions)


def test_arrow_and_polars_formats(store):
    arrow = store.load("articles", format="arrow")
    assert isinstance(arrow, pa.Table) and arrow.num_rows == 5
    polars = pytest.importorskip("polars", reason="polars is an optional extra")
    frame = store.load("articles", format="polars")
    assert isinstance(frame, polars.DataFrame) and frame.height == 5
    assert str(frame.schema["published_date"]) == "Date"


def test_pinned_version_and_unknown_version(store):
    assert store.load("articles", version="1.0.0").shape[0] == 5
    with pytest.raises(UnknownVersionError) as caught:
        store.load("articles", version="9.9.9")
    assert str(caught.value) == "no version 9.9.9; shipped: 1.0.0"
    assert isinstance(caught.value, RuchinaError)


def test_unknown_table_and_format_list_what_exists(store):
    with pytest.raises(UnknownTableError, match="tables: articles, entities, events, claims, findings"):
        store.load("speeches")
    manifest_path = store.root / "1.0.0" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    del manifest["tables"]["claims"]  # as in a release made before the table existed
    manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(UnknownTableError, match="release 1.0.0 has no table 'claims'; tables: articles, entities, events, findings"):
        store.load("claims")
    with pytest.raises(UnsupportedFormatError, match="supported: pandas, arrow, polars"):
        store.load("articles", format="excel")


def test_a_flipped_byte_fails_with_a_checksum_error_naming_the_file(store):
    path = store.root / "1.0.0" / "articles.parquet"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(ChecksumError) as caught:
        store.load("articles")
    assert str(path) in str(caught.value) and "checksum mismatch" in str(caught.value)


def test_a_missing_table_file_is_named(store):
    (store.root / "1.0.0" / "articles.parquet").unlink()
    with pytest.raises(ReleaseIntegrityError, match="articles.parquet: is missing from release 1.0.0"):
        store.load("articles")


def test_a_changed_manifest_is_detected(store):
    manifest_path = store.root / "1.0.0" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["tables"]["articles"]["sha256"] = "0" * 64
    manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(ChecksumError):
        store.load("articles")
    manifest_path.write_text("{not json")
    with pytest.raises(ReleaseIntegrityError, match="manifest is malformed"):
        store.load("articles")


def test_a_release_directory_without_manifest_is_reported(store):
    (store.root / "1.1.0").mkdir()
    with pytest.raises(ReleaseIntegrityError, match="has no manifest.json"):
        store.load("articles")
    assert store.load("articles", version="1.0.0").shape[0] == 5


def test_hidden_and_unversioned_entries_are_not_releases(store):
    (store.root / ".1.1.0.tmp-123").mkdir()
    (store.root / "notes").mkdir()
    (store.root / "10.0.0").mkdir()
    (store.root / "2.0.0").mkdir()
    assert store.versions() == ["1.0.0", "2.0.0", "10.0.0"]


def test_importing_and_loading_never_imports_pandera_click_or_the_pipeline():
    code = (
        "import sys, ruchina; ruchina.load('articles');"
        "heavy = [m for m in ('pandera', 'click', 'rich', 'ruchina.pipeline.build', 'ruchina.text.parsing', 'ruchina.schemas',"
        " 'ruchina.checks', 'polars') if m in sys.modules]; print(heavy)"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"


def test_load_all_returns_every_table_of_the_release():
    tables = ruchina.load_all()
    assert set(tables) <= set(ruchina.TABLES) and "articles" in tables

"""The wheel carries the package, its knowledge base and the released data, and
nothing else; installed from it, ruchina loads outside the repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import PROJECT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(PROJECT / name, source / name)
    for name in ("dataset", "schemas", "checks"):
        shutil.copytree(PROJECT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(source)],
        check=True,
        capture_output=True,
    )
    (wheel_path,) = out.glob("ruchina-*.whl")
    return wheel_path


def test_the_wheel_holds_one_namespace_and_the_released_data(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    top_level = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert top_level == {"ruchina"}
    assert "ruchina/schemas/articles.py" in names and "ruchina/checks/schema.py" in names
    assert "ruchina/knowledge/outlets.yaml" in names and "ruchina/checks/accepted.yaml" in names
    releases = sorted(p.name for p in (PROJECT / "dataset" / "releases").iterdir() if not p.name.startswith("."))
    for version in releases:
        assert f"ruchina/releases/{version}/manifest.json" in names
        assert f"ruchina/releases/{version}/articles.parquet" in names
    assert not [n for n in names if n.startswith(("seeds/", "tests/")) or "/seeds/" in n]


def test_installed_from_the_wheel_it_loads_anywhere(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    code = (
        "import ruchina; frame = ruchina.load('articles'); print(ruchina.__file__); print(len(frame));"
        "\ntry:\n    ruchina.load('articles', version='9.9.9')\nexcept ruchina.errors.RuchinaError as e:\n    print(e)"
    )
    environment = dict(os.environ, PYTHONPATH=str(target))
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=environment, capture_output=True, text=True, check=True
    )
    where, rows, error = result.stdout.strip().splitlines()
    assert where.startswith(str(target))
    assert rows == "5"
    assert error.startswith("no version 9.9.9; shipped: 1.0.0")


def test_the_code_fingerprint_depends_on_the_files_not_on_where_they_are_installed(tmp_path):
    from ruchina.store.code_version import tree_digest

    here = tmp_path / "a" / "dataset"
    shutil.copytree(PROJECT / "dataset", here, ignore=shutil.ignore_patterns("releases", "__pycache__"))
    elsewhere = tmp_path / "somewhere" / "else" / "ruchina"
    shutil.copytree(here, elsewhere)
    assert tree_digest(here) == tree_digest(elsewhere)
    (elsewhere / "knowledge" / "entities.yaml").write_text((here / "knowledge" / "entities.yaml").read_text() + "\n")
    assert tree_digest(here) != tree_digest(elsewhere)
    (elsewhere / "knowledge" / "entities.yaml").unlink()
    shutil.copy(here / "knowledge" / "entities.yaml", elsewhere / "knowledge" / "entities_renamed.yaml")
    assert tree_digest(here) != tree_digest(elsewhere), "a renamed file is other code"


def _copied_package(tmp_path) -> dict:
    """The three top packages copied to ``tmp_path``, as article_stage_digest takes them."""
    roots = {}
    for name, folder in (("ruchina", "dataset"), ("ruchina.schemas", "schemas"), ("ruchina.checks", "checks")):
        roots[name] = tmp_path / folder
        shutil.copytree(PROJECT / folder, roots[name], ignore=shutil.ignore_patterns("releases", "__pycache__"))
    return roots


@pytest.mark.parametrize("edited, kept", [
    ("checks/conflicting_claim.py", True),
    ("dataset/publish/report.py", True),
    ("dataset/cli.py", True),
    ("dataset/pipeline/build.py", True),
    ("dataset/extract/dates.py", False),
    ("dataset/text/parsing.py", False),
    ("dataset/knowledge/entities.yaml", False),
    ("dataset/similarity/minhash.py", False),
    ("dataset/store/corpus_index.py", False),
])
def test_editing_a_check_the_report_or_the_cli_keeps_the_cached_articles_editing_extraction_does_not(
        tmp_path, edited, kept):
    from ruchina.store.code_version import article_stage_digest

    roots = _copied_package(tmp_path)
    before = article_stage_digest(roots)
    with (tmp_path / edited).open("a") as file:
        file.write("\n# an edit\n")
    assert (article_stage_digest(roots) == before) is kept


def test_the_article_stage_is_every_module_processing_and_the_index_import_at_any_depth():
    """The regular expressions that follow the imports find what Python's own parser finds."""
    import ast
    from importlib import resources

    from ruchina.store.code_version import ARTICLE_STAGE_ROOTS, article_stage_files

    roots = {name: resources.files(name) for name in ("ruchina", "ruchina.schemas", "ruchina.checks")}
    found = dict(article_stage_files(roots))
    modules = set(found)
    for path in found.values():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("ruchina"):
                for alias in node.names:
                    target = f"{node.module}.{alias.name}"
                    assert target in modules or node.module in modules, (path, target)
            elif isinstance(node, ast.Import):
                assert all(a.name in modules for a in node.names if a.name.startswith("ruchina")), path
    assert set(ARTICLE_STAGE_ROOTS) <= modules
    assert not any(m.startswith(("ruchina.checks.conflicting", "ruchina.pipeline.build", "ruchina.publish", "ruchina.cli"))
                   for m in modules)

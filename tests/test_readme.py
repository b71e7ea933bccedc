"""The README's examples run as written, and its set-up commands are what CI runs."""

from __future__ import annotations

import re
import shutil

import pytest
from conftest import PROJECT

README = (PROJECT / "README.md").read_text(encoding="utf-8")
PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", README, re.DOTALL)


@pytest.mark.parametrize("block", PYTHON_BLOCKS, ids=[f"block{i}" for i in range(len(PYTHON_BLOCKS))])
def test_each_python_example_runs(block, capsys, tmp_path, monkeypatch):
    if "duckdb" in block:
        pytest.importorskip("duckdb", reason="duckdb is a test extra")
    if "polars" in block:
        pytest.importorskip("polars", reason="polars is an optional extra")
    if "Repository(" in block:  # a curator's example: in a copy of this repository, with an article to add
        monkeypatch.chdir(curators_copy(tmp_path))
    exec(compile(block, "README.md", "exec"), {})


def curators_copy(tmp_path):
    repo = tmp_path / "repo"
    shutil.copytree(PROJECT / "seeds", repo / "seeds")
    shutil.copytree(PROJECT / "dataset" / "releases", repo / "dataset" / "releases",
                    ignore=shutil.ignore_patterns(".*"))
    (repo / "checks").mkdir()
    shutil.copy(PROJECT / "checks" / "accepted.yaml", repo / "checks" / "accepted.yaml")
    (repo / "ARTICLE.txt").write_text("date 2024-07-05\n\nLeaders close SCO meeting in Astana\n\nThe Shanghai "
                                      "Cooperation Organization ended its two-day gathering in Astana on Friday.\n")
    return repo


def test_ci_runs_the_readme_set_up_commands():
    bash_blocks = re.findall(r"```bash\n(.*?)```", README, re.DOTALL)
    install, tests = bash_blocks[0].strip(), bash_blocks[1].strip()
    ci = (PROJECT / ".ci" / "run").read_text()
    assert install.replace("python -m pip install", "python -m pip install --quiet") in ci
    assert tests in ci

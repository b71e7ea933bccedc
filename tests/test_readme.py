"""The README's examples run as written, and its set-up commands are what CI runs."""

from __future__ import annotations

import re

import pytest
from conftest import PROJECT

README = (PROJECT / "README.md").read_text(encoding="utf-8")
PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", README, re.DOTALL)


@pytest.mark.parametrize("block", PYTHON_BLOCKS, ids=[f"block{i}" for i in range(len(PYTHON_BLOCKS))])
def test_each_python_example_runs(block, capsys):
    if "duckdb" in block:
        pytest.importorskip("duckdb", reason="duckdb is a test extra")
    if "polars" in block:
        pytest.importorskip("polars", reason="polars is an optional extra")
    exec(compile(block, "README.md", "exec"), {})


def test_ci_runs_the_readme_set_up_commands():
    bash_blocks = re.findall(r"```bash\n(.*?)```", README, re.DOTALL)
    install, tests = bash_blocks[0].strip(), bash_blocks[1].strip()
    ci = (PROJECT / ".ci" / "run").read_text()
    assert install.replace("python -m pip install", "python -m pip install --quiet") in ci
    assert tests in ci

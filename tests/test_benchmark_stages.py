"""benchmarks/stages.py: the stage timings BENCHMARKS.md quotes can be made again."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import PROJECT

from ruchina.pipeline.build import build
from ruchina.store.repository import RepositoryFiles


def test_stage_timings_name_every_stage_and_check_and_leave_the_build_as_it_was(tmp_repo):
    built = build(RepositoryFiles.find(tmp_repo))
    files = {p: p.read_bytes() for p in built.path.rglob("*") if p.is_file()}
    result = subprocess.run([sys.executable, str(PROJECT / "benchmarks" / "stages.py"), "--repo", str(tmp_repo),
                             "--cache-of-build"], capture_output=True, text=True, check=True)
    lines = {match.group(1).strip(): match.group(2) for match in
             re.finditer(r"^(.*?)\s+[\d.]+ s(?:\s+(\d+) MB)?$", result.stdout, re.MULTILINE)}
    assert {"read or process every seed", "event merge", "checks", "check duplicate-article", "version decision",
            "total"} <= set(lines), result.stdout
    # each stage with the process's peak memory when it ended, which only rises
    peaks = [int(lines[stage]) for stage in ("read or process every seed", "derived tables", "checks")]
    assert peaks == sorted(peaks) and peaks[0] > 0, result.stdout
    assert {p: p.read_bytes() for p in built.path.rglob("*") if p.is_file()} == files

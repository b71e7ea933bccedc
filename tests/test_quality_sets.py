"""benchmarks/quality_sets.py: the sets it runs (kremlin, then every stand-in with pages and gold,
in the order of their numbers) and the table it makes of two runs ("a -> b" only where a figure
moved, a line per set). The two reports are written for the test in quality.py's --json shape."""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
_spec = importlib.util.spec_from_file_location("quality_sets", BENCHMARKS / "quality_sets.py")
quality_sets = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(quality_sets)


def ratio(n: int, total: int) -> dict:
    return {"n": n, "N": total, "ratio": n / total if total else None}


REPORT = {
    "published_date": {"accuracy": ratio(20, 24)},
    "events": {"precision": ratio(30, 40), "recall": ratio(30, 50),
               "fields": {field: ratio(25, 30) for field in quality_sets.FIELDS}},
    "main_event": {"found": ratio(15, 23), "entirely right": ratio(10, 23)},
    "same_event_pairs": {"merged": ratio(40, 90), "false merges": 1},
    "discovered_names": {"precision": ratio(9, 10)},
    "putin_xi_false_events": {"rows": 0},
}


def test_the_sets_are_kremlin_then_the_stand_ins_by_number():
    sets = quality_sets.gold_sets()
    assert sets[0] == "kremlin"
    assert sets.index("unseen2") < sets.index("unseen10") < sets.index("unseen11")
    assert all((BENCHMARKS / name / "gold.yaml").exists() for name in sets[1:])


def test_only_the_figures_that_moved_show_both_values(tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir(), new.mkdir()
    moved = copy.deepcopy(REPORT)
    moved["main_event"]["found"] = ratio(16, 23)
    for folder, report in ((old, REPORT), (new, moved)):
        (folder / "unseen2.json").write_text(json.dumps(report))
        (folder / "unseen3.json").write_text(json.dumps(REPORT))
    table = quality_sets.compare(old, new, held_out=["unseen3"])
    assert table.splitlines()[0] == "| figure | unseen2 | unseen3 (held out) |"
    assert "| main found | 15/23 -> 16/23 | 15/23 |" in table
    assert "| main right | 10/23 | 10/23 |" in table
    assert "unseen2: main found 15/23 -> 16/23" in table
    assert "unseen3: no figure moved" in table

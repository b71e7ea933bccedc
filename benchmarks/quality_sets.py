"""Run the quality benchmark on every set with gold facts, and compare two runs figure by figure.

    python benchmarks/quality_sets.py run --out /tmp/q-new [--kremlin DIR] [--jobs 2] [--sets unseen2 ...]
    python benchmarks/quality_sets.py compare /tmp/q-old /tmp/q-new [--held-out unseen15 unseen16 ...]

``run`` builds each set in a scratch repository with benchmarks/quality.py, as the python that
runs it imports ruchina (a virtual environment per checkout compares two checkouts), and writes
OUT/<set>.json and OUT/<set>.log. The sets: ``kremlin`` (the kremlin.ru corpora, kept outside the
repository: --kremlin DIR, with benchmarks/gold; without it the set is left out) and every folder of
benchmarks/ that holds pages.jsonl and gold.yaml. ``compare`` prints the Markdown table BENCHMARKS.md keeps
("a -> b" where a figure moved), then one line per set that moved. Every session re-wrote these
two loops in /tmp; they are here so that the figures of a round are made one way.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
FIELDS = ("type", "participants", "location", "start", "end", "date_precision", "status", "part_of", "unplaced")


def gold_sets() -> list[str]:
    """kremlin first, then the stand-ins in the order of their numbers (unseen2 before unseen10)."""
    folders = [p.name for p in BENCHMARKS.iterdir() if (p / "pages.jsonl").exists() and (p / "gold.yaml").exists()]
    return ["kremlin", *sorted(folders, key=_numbered)]


def _numbered(name: str) -> tuple[str, int]:
    stem = name.rstrip("0123456789")
    return stem, int(name[len(stem):] or 0)


def _arguments(name: str, kremlin: Path) -> list[str]:
    if name == "kremlin":
        corpora = sorted(kremlin.glob("*.jsonl"))
        if not corpora:
            raise SystemExit(f"{kremlin}: no kremlin.ru corpus (*.jsonl) there")
        return [arg for corpus in corpora for arg in ("--corpus", str(corpus))] + ["--gold", str(BENCHMARKS / "gold")]
    folder = BENCHMARKS / name
    return ["--corpus", str(folder / "pages.jsonl"), "--gold", str(folder / "gold.yaml")]


def run(sets: list[str], out: Path, jobs: int, kremlin: Path | None) -> int:
    out.mkdir(parents=True, exist_ok=True)

    def one(name: str) -> int:
        command = [sys.executable, str(BENCHMARKS / "quality.py"), *_arguments(name, kremlin),
                   "--json", str(out / f"{name}.json")]
        with open(out / f"{name}.log", "w") as log:
            code = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT).returncode
        print(f"{name}: {'ok' if code == 0 else f'exit {code}, see {out / name}.log'}", flush=True)
        return code

    with ThreadPoolExecutor(jobs) as pool:
        codes = list(pool.map(one, sets))
    return max(codes, default=0)


def _ratio(figure: dict) -> str:
    return f"{figure['n']}/{figure['N']}"


def figures(report: dict) -> dict[str, str]:
    """The figures BENCHMARKS.md tables, from one quality.py --json report."""
    events, pairs = report["events"], report["same_event_pairs"]
    found = {"published": _ratio(report["published_date"]["accuracy"]),
             "P": _ratio(events["precision"]), "R": _ratio(events["recall"])}
    found.update({field: _ratio(events["fields"][field]) for field in FIELDS})
    found.update({"main found": _ratio(report["main_event"]["found"]),
                  "main right": _ratio(report["main_event"]["entirely right"]),
                  "pairs": _ratio(pairs["merged"]), "false merges": str(pairs["false merges"]),
                  "names": _ratio(report["discovered_names"]["precision"]),
                  "Putin-Xi false rows": str(report["putin_xi_false_events"]["rows"])})
    return found


def compare(old: Path, new: Path, held_out: list[str]) -> str:
    """The table of the sets both runs measured, and a line per set that moved."""
    sets = [name for name in gold_sets() if (old / f"{name}.json").exists() and (new / f"{name}.json").exists()]
    if not sets:
        raise SystemExit(f"{old} and {new}: no set measured in both")
    before = {name: figures(json.loads((old / f"{name}.json").read_text())) for name in sets}
    after = {name: figures(json.loads((new / f"{name}.json").read_text())) for name in sets}
    lines = ["| figure | " + " | ".join(name + (" (held out)" if name in held_out else "") for name in sets) + " |",
             "|---|" + "---|" * len(sets)]
    for figure in before[sets[0]]:
        cells = (a if a == b else f"{a} -> {b}" for a, b in ((before[s][figure], after[s][figure]) for s in sets))
        lines.append(f"| {figure} | " + " | ".join(cells) + " |")
    lines.append("")
    for name in sets:
        moved = [f"{figure} {before[name][figure]} -> {after[name][figure]}"
                 for figure in before[name] if before[name][figure] != after[name][figure]]
        lines.append(f"{name}: " + ("; ".join(moved) if moved else "no figure moved"))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    running = commands.add_parser("run", help="measure every set (or --sets) into --out")
    running.add_argument("--out", type=Path, required=True)
    running.add_argument("--jobs", type=int, default=2)
    running.add_argument("--sets", nargs="+")
    running.add_argument("--kremlin", type=Path, help="the kremlin.ru corpora (*.jsonl), outside the repository")
    comparing = commands.add_parser("compare", help="the table of two runs")
    comparing.add_argument("old", type=Path)
    comparing.add_argument("new", type=Path)
    comparing.add_argument("--held-out", nargs="*", default=[])
    args = parser.parse_args(argv)
    if args.command == "run":
        unknown = sorted(set(args.sets or ()) - set(gold_sets()))
        if unknown:
            raise SystemExit(f"no such set: {', '.join(unknown)} (sets: {', '.join(gold_sets())})")
        sets = args.sets or [name for name in gold_sets() if name != "kremlin" or args.kremlin]
        if "kremlin" in sets and args.kremlin is None:
            raise SystemExit("kremlin: give --kremlin DIR, the kremlin.ru corpora (kept outside the repository)")
        return run(sets, args.out, args.jobs, args.kremlin)
    print(compare(args.old, args.new, args.held_out))
    return 0


if __name__ == "__main__":
    sys.exit(main())

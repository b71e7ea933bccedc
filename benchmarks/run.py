"""Benchmarks: wall time and peak memory of each step of the pipeline on a synthetic
corpus, the quality of every check against the planted ground truth, and the baselines
a user would otherwise reach for.

    python benchmarks/run.py --n 10000                 # one size
    python benchmarks/run.py --n 1000 10000 100000 --markdown BENCHMARKS.md

Each pipeline step runs in its own process (as a user runs it), so its peak memory is
its own (``getrusage`` of that child). The duplicate finder and the loader are compared
with their baselines in one process, on the same data.

Run it from a clean clone that nothing edits while it runs (a 100k run takes half an hour):
an editable install takes up an edit at once, and the steps after it find the cache and the
build another code's. The run stops when the installed code changed between its sizes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import DEFAULT_LANGUAGES, generate  # noqa: E402

from ruchina.store.code_version import code_fingerprint  # noqa: E402

#: Starts the measured command from a small process and reports its exit code, wall time
#: and peak memory. Linux keeps a process's peak resident memory across exec, so a command
#: started from this script (which holds the generated corpus: ~1 GB at 100k) would report
#: at least this script's size; started from this small process, it reports its own.
_MEASURE = """
import os, sys, time
start = time.perf_counter()
pid = os.posix_spawn(sys.argv[2], sys.argv[2:], os.environ)
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(f"{os.waitstatus_to_exitcode(status)} {time.perf_counter() - start} {usage.ru_maxrss}")
"""


def run_step(label: str, arguments: list[str], cwd: Path | None = None) -> dict:
    """Run a command in a child process; its wall time and peak resident memory."""
    with tempfile.TemporaryFile(mode="w+") as sink, tempfile.NamedTemporaryFile(mode="r") as measured:
        # Output goes to a file, not a pipe: a pipe would block a child that prints much.
        subprocess.run([sys.executable, "-c", _MEASURE, measured.name, *arguments], cwd=cwd, stdout=sink,
                       stderr=subprocess.STDOUT, text=True, check=True)
        code, elapsed, peak_kb = measured.read().split()
        sink.seek(0)
        output = sink.read()
    return {"step": label, "seconds": float(elapsed), "peak_mb": int(peak_kb) / 1024, "exit": int(code),
            "output": output[-2000:]}


def ruchina(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "ruchina", *arguments]


def byte_compile_package() -> list[str]:
    """Compile ruchina's modules to bytecode once, as ``pip install`` of a wheel does, so
    that every timed command reads them as an installed package's. An editable install
    under PYTHONDONTWRITEBYTECODE=1 (set on this project's machines) never writes them, and
    each command compiled ~100 of its modules from source again: 0.3-0.45 s of every
    `add` and `validate --changed`, none of it ruchina's work. The folders compiled."""
    import compileall
    import importlib.util

    folders = []
    for package in ("ruchina", "ruchina.checks", "ruchina.schemas"):
        spec = importlib.util.find_spec(package)
        folders += list(spec.submodule_search_locations or [])
    for folder in folders:
        compileall.compile_dir(folder, quiet=1)
    return folders


def make_repo(n: int, seed: int, languages=DEFAULT_LANGUAGES) -> tuple[Path, dict]:
    repo = Path(tempfile.mkdtemp(prefix=f"ruchina-bench-{n}-"))
    (repo / "seeds").mkdir()
    (repo / "checks").mkdir()
    (repo / "checks" / "accepted.yaml").write_text("accepted: []\n")
    files, truth = generate(n, seed, languages)
    for name, text in files.items():
        (repo / "seeds" / name).write_text(text, encoding="utf-8")
    return repo, truth.__dict__


def score(found: set, planted: set) -> tuple[float, float]:
    true_positives = len(found & planted)
    precision = true_positives / len(found) if found else 1.0
    recall = true_positives / len(planted) if planted else 1.0
    return precision, recall


def check_quality_by_language(repo: Path, truth: dict) -> dict[str, dict]:
    """check_quality of the articles of each language of the corpus: a finding or a planted
    problem counts for a language when one of its articles is in it (a date two reports
    in Russian and English disagree on counts for both)."""
    languages = sorted(set(truth.get("language", {}).values()))
    if len(languages) < 2:
        return {}
    return {code: check_quality(repo, truth, {a for a, c in truth["language"].items() if c == code})
            for code in languages}


def check_quality(repo: Path, truth: dict, only: set[str] | None = None) -> dict:
    """Precision and recall of each check against the planted truth; of the findings and
    planted problems that concern the articles ``only`` when given."""
    import pyarrow.parquet as pq

    def concerns(items) -> bool:
        return only is None or any(item in only for item in ([items] if isinstance(items, str) else items))

    def within(items) -> set:
        return {item for item in items if concerns(item)}

    from ruchina.checks.conflicting_claim import FIGURE_WINDOW, conflict

    findings = pq.read_table(repo / "_build" / "findings.parquet").to_pylist()
    claims = {c["claim_id"]: c for c in pq.read_table(repo / "_build" / "claims.parquet").to_pylist()}
    published = dict(zip(*pq.read_table(repo / "_build" / "articles.parquet",
                                        columns=["article_id", "published_date"]).to_pydict().values()))
    events = set(pq.read_table(repo / "_build" / "events.parquet", columns=["event_id"]).column(0).to_pylist())

    def at_one_time(a: dict, b: dict) -> bool:
        """An event's figures and dates are pinned by the event; an organisation's count is
        about its articles' time (the statements name no period)."""
        if a["subject_id"] in events or a["attribute"].endswith("_year"):
            return True
        first, second = published.get(a["article_id"]), published.get(b["article_id"])
        return bool(first and second) and abs((first - second).days) <= FIGURE_WINDOW

    def found(check: str, pairs: bool, table: str = "articles") -> set:
        selected = [f for f in findings if f["check"] == check]
        if check == "missing-date":
            selected = [f for f in selected if f["message"].startswith("no stated publication date")]
        if table == "claims":
            # One finding per disputed fact lists every version: each two articles that
            # give versions which cannot both hold are a pair in conflict.
            return {tuple(sorted((a["article_id"], b["article_id"])))
                    for f in selected for a, b in _pairs([claims[c] for c in f["record_ids"]], key=lambda c: c["claim_id"])
                    if a["article_id"] != b["article_id"] and conflict(a, b) and at_one_time(a, b)}
        if pairs:
            return {tuple(sorted(pair)) for f in selected for pair in _pairs(f["record_ids"])}
        return {r for f in selected for r in f["record_ids"]}

    cluster_ids = dict(zip(*pq.read_table(repo / "_build" / "articles.parquet",
                                          columns=["article_id", "cluster_id"]).to_pydict().values()))
    return {
        "clusters (cluster_id)": score_cluster_ids({a: c for a, c in cluster_ids.items() if concerns(a)}, truth, only),
        "duplicate-article": score_clusters([f["record_ids"] for f in findings if f["check"] == "duplicate-article"],
                                            within(tuple(sorted(p)) for p in truth["duplicate_article"]), concerns),
        "duplicate-passage": score(within(found("duplicate-passage", False)), within(truth["duplicate_passage"])),
        "missing-date": score(within(found("missing-date", False)), within(truth["missing_date"])),
        "conflicting-claim": score(within(found("conflicting-claim", True, "claims")),
                                   within(tuple(p) for p in truth["conflicting_claim"])),
    }


def score_clusters(clusters: list[list[str]], planted: set[tuple[str, str]], concerns=None) -> tuple[float, float]:
    """duplicate-article names clusters of copies: a planted pair is found when both of its
    articles are in one cluster; a false pair is two articles of one cluster that were not
    planted as copies (the corpus plants every pair of one text's copies)."""
    together = {pair for cluster in clusters for pair in _pairs(cluster) if concerns is None or concerns(pair)}
    found = len(together & planted)
    precision = found / len(together) if together else 1.0
    recall = found / len(planted) if planted else 1.0
    return precision, recall


def score_cluster_ids(cluster_ids: dict[str, str], truth: dict, only: set[str] | None = None) -> tuple[float, float]:
    """Pair precision and recall of articles.cluster_id against the planted clusters: each
    syndicated story, and each text copied as a duplicate record (with its copies). Counted
    from the table of clusters by planted cluster, not pair by pair (a story of 300 copies
    is 44,850 pairs)."""
    planted: dict[str, int] = {}
    for number, story in enumerate(truth.get("stories", [])):
        planted.update((article_id, number) for article_id in story)
    parent: dict[str, str] = {}

    def root(item: str) -> str:
        while parent.get(item, item) != item:
            item = parent[item]
        return item

    for a, b in truth["duplicate_article"]:
        parent[root(b)] = root(a)
    offset = len(truth.get("stories", []))
    roots = sorted({root(a) for pair in truth["duplicate_article"] for a in pair})
    label_of_root = {r: offset + i for i, r in enumerate(roots)}
    for pair in truth["duplicate_article"]:
        for a in pair:
            planted[a] = label_of_root[root(a)]
    if only is not None:
        planted = {a: label for a, label in planted.items() if a in only}
    found = Counter(cluster_ids.values())
    both = Counter((cluster_ids[a], label) for a, label in planted.items() if a in cluster_ids)
    true = Counter(planted.values())

    def pairs(counts) -> int:
        return sum(k * (k - 1) // 2 for k in counts.values())

    found_pairs, together, planted_pairs = pairs(found), pairs(both), pairs(true)
    return (together / found_pairs if found_pairs else 1.0, together / planted_pairs if planted_pairs else 1.0)


def finding_counts(repo: Path) -> dict[str, int]:
    """The build's findings per check."""
    import pyarrow.parquet as pq

    return dict(sorted(Counter(pq.read_table(repo / "_build" / "findings.parquet", columns=["check"])
                               .column(0).to_pylist()).items()))


def report_steps(repo: Path) -> tuple[list[dict], dict[str, int]]:
    """`ruchina report` of the build, timed, in HTML and Markdown; the size of each."""
    steps, sizes = [], {}
    for form in ("html", "md"):
        out = repo / f"report.{form}"
        steps.append(run_step(f"report --format {form}", ruchina("report", "--repo", str(repo), "--build-dir",
                                                                   str(repo / "_build"), "--format", form, "--out", str(out))))
        sizes[form] = out.stat().st_size if out.exists() else -1
    return steps, sizes


def _pairs(ids, key=None):
    ids = sorted(ids, key=key)
    return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]]


#: The plain datasketch pipeline keeps every shingle set as Python strings (gigabytes at
#: 100k) at ~100 articles/s; beyond this many articles both finders run on the first ones.
DUPLICATE_COMPARISON_LIMIT = 20_000


def duplicate_baseline(repo: Path, truth: dict) -> dict:
    """Our near-duplicate finder against a plain datasketch MinHash + MinHashLSH pipeline
    (per-shingle update, same shingles, permutations and thresholds), on the same bodies."""
    import numpy as np
    import pyarrow.parquet as pq
    from datasketch import MinHash, MinHashLSH

    from ruchina.checks.duplicate_article import DUPLICATE_THRESHOLD, near_duplicate_pairs
    from ruchina.similarity.minhash import CANDIDATE_THRESHOLD, NUM_PERM, shingle_hashes, shingles
    from ruchina.similarity.minhash import signature as minhash_signature

    articles = pq.read_table(repo / "_build" / "articles.parquet", columns=["article_id", "body"]).to_pylist()
    # A syndicated story's copies are a cluster, not pairs (two local edits apart, two copies
    # may be further apart than the threshold, each near the original): scored by cluster_id
    # in check_quality, left out here.
    syndicated = {a for story in truth.get("stories", []) for a in story}
    articles = [a for a in articles if a["article_id"] not in syndicated]
    bodies = {a["article_id"]: a["body"] for a in sorted(articles, key=lambda a: a["article_id"])[:DUPLICATE_COMPARISON_LIMIT]}
    planted = {tuple(p) for p in truth["duplicate_article"] if p[0] in bodies and p[1] in bodies}

    start = time.perf_counter()
    ids = sorted(bodies)
    signatures = np.stack([minhash_signature(shingle_hashes(bodies[i])) for i in ids])
    ours = {(a, b) for a, b, _estimated, _exact in near_duplicate_pairs(ids, signatures, bodies)}
    ours_seconds = time.perf_counter() - start

    start = time.perf_counter()
    lsh = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)
    sets, theirs = {}, set()
    for article_id, body in sorted(bodies.items()):
        shingle_set = shingles(body)
        signature = MinHash(num_perm=NUM_PERM)
        for shingle in shingle_set:
            signature.update(shingle.encode("utf-8"))
        for other in lsh.query(signature):
            if len(shingle_set & sets[other]) / len(shingle_set | sets[other]) >= DUPLICATE_THRESHOLD:
                theirs.add(tuple(sorted((article_id, other))))
        lsh.insert(article_id, signature)
        sets[article_id] = shingle_set
    baseline_seconds = time.perf_counter() - start
    # Exact copies are found by hash before MinHash; score the near-duplicate finders on all planted pairs.
    return {
        "articles": len(bodies), "ours_seconds": ours_seconds, "baseline_seconds": baseline_seconds,
        "ours_docs_per_s": len(bodies) / ours_seconds, "baseline_docs_per_s": len(bodies) / baseline_seconds,
        "ours_quality": score(ours, planted), "baseline_quality": score(theirs, planted),
    }


LOAD_OURS = """
import time; start = time.perf_counter()
from ruchina.read.loader import ReleaseStore
frame = ReleaseStore({root!r}).load("articles")
print(time.perf_counter() - start)
"""
LOAD_BASELINE = """
import time; start = time.perf_counter()
import pyarrow.parquet as pq
frame = pq.read_table({path!r}).to_pandas()
print(time.perf_counter() - start)
"""


def load_comparison(repo: Path, rounds: int = 7) -> dict:
    """import + load in a fresh process, against pyarrow read + to_pandas; best of rounds,
    the two taking turns so that a slow moment of the machine does not favour either."""
    releases = repo / "dataset" / "releases"
    version = sorted(p.name for p in releases.iterdir() if not p.name.startswith("."))[-1]
    path = str(releases / version / "articles.parquet")

    def seconds(code: str) -> float:
        return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)

    timings = [(seconds(LOAD_OURS.format(root=str(releases))), seconds(LOAD_BASELINE.format(path=path)))
               for _ in range(rounds)]
    ours, baseline = min(t[0] for t in timings), min(t[1] for t in timings)
    return {"ours_seconds": ours, "baseline_seconds": baseline, "ratio": ours / baseline}


def _accept_planted_errors(repo: Path) -> None:
    """The corpus plants duplicate articles on purpose; a curator would accept them to release."""
    import pyarrow.parquet as pq

    findings = pq.read_table(repo / "_build" / "findings.parquet").to_pylist()
    entries = "".join(f"  - finding_id: {f['finding_id']}\n    reason: planted by the benchmark\n"
                      for f in findings if f["severity"] == "error")
    (repo / "checks" / "accepted.yaml").write_text("accepted:\n" + entries if entries else "accepted: []\n")


def _other_new_articles(n: int, seed: int) -> dict[str, str]:
    """Two more kinds of new article, checked but not added: one as the generator writes
    them (a dated meeting of two leaders), and a report of a meeting at a named place with
    no time at all, which could merge with any report there (the most related articles)."""
    from corpus import Generator, render

    generated = Generator(seed + 1).article(n + 1)
    return {
        "a generated article": render(generated),
        "an undated report at a busy place": (
            "date 2024-07-08\n\nMinisters to reconvene\n\nForeign ministers of the region will meet again in "
            "Tashkent to settle the remaining border questions, officials in several capitals confirmed.\n"),
    }


def benchmark(n: int, seed: int, keep: bool, languages=DEFAULT_LANGUAGES) -> dict:
    repo, truth = make_repo(n, seed, languages)
    try:
        steps = [
            run_step("build (cold: no cache)", ruchina("build", "--repo", str(repo))),
            run_step("build again (nothing changed: kept)", ruchina("build", "--repo", str(repo))),
            run_step("validate (the build's own findings)", ruchina("validate", "--repo", str(repo), "--format", "json")),
            run_step("validate --recheck (every check again)",
                     ruchina("validate", "--repo", str(repo), "--recheck", "--format", "json")),
        ]
        _accept_planted_errors(repo)
        steps.append(run_step("build (accepted.yaml changed: tables marked again)", ruchina("build", "--repo", str(repo))))
        steps.append(run_step("release", ruchina("release", "--repo", str(repo))))
        new_article = repo / "incoming.txt"
        new_article.write_text(
            "date 2024-07-05\n\nA new report from Astana\n\nKassym-Jomart Tokayev hosted regional leaders in Astana "
            "on Friday. They signed a declaration on water and transport corridors.\n\nDelegations promised to meet "
            "again in Tashkent next spring to review the first projects and their financing.\n"
        )
        steps.append(run_step("add one article", ruchina("add", "--repo", str(repo), str(new_article))))
        steps.append(run_step("validate --changed (one new article)", ruchina("validate", "--repo", str(repo), "--changed")))
        for label, text in _other_new_articles(n, seed).items():
            other = repo / "incoming-other.txt"
            other.write_text(text)
            steps.append(run_step(f"add --dry-run: {label}", ruchina("add", "--repo", str(repo), "--dry-run", str(other))))
        if truth.get("stories"):
            # Another outlet's copy of the widest story: the related set add pulls in is that story's.
            story = max(truth["stories"], key=len)
            header, rest = (repo / "seeds" / f"{story[0]}.txt").read_text().split("\n", 1)
            wire = repo / "incoming-wire.txt"
            wire.write_text(f"{header.split(' ')[0]} {header.split(' ')[1]} https://late-outlet.example.net/world/1\n{rest}")
            steps.append(run_step(f"add --dry-run: another outlet's copy of a story of {len(story)}",
                                  ruchina("add", "--repo", str(repo), "--dry-run", str(wire))))
        reports, report_sizes = report_steps(repo)
        steps += reports
        counts = finding_counts(repo)
        quality = check_quality(repo, truth)
        by_language = check_quality_by_language(repo, truth)
        duplicates = duplicate_baseline(repo, truth)
        loading = load_comparison(repo)
        # Last: the measurements above are of the planted corpus, without the new article.
        steps.append(run_step("build (one article added: cached articles)", ruchina("build", "--repo", str(repo))))
        return {"n": n, "steps": steps, "quality": quality, "quality_by_language": by_language,
                "languages": dict(sorted(Counter(truth.get("language", {}).values()).items())),
                "duplicates": duplicates, "load": loading,
                "planted": {k: len(v) for k, v in truth.items()}, "findings": counts, "report_bytes": report_sizes,
                "syndicated": sum(len(story) for story in truth.get("stories", []))}
    finally:
        if not keep:
            shutil.rmtree(repo, ignore_errors=True)


def print_results(result: dict) -> None:
    print(f"\n== N = {result['n']:,} articles  (planted: {result['planted']})")
    print(f"{'step':<52} {'wall s':>9} {'peak MB':>9} {'exit':>5}")
    for step in result["steps"]:
        print(f"{step['step']:<52} {step['seconds']:>9.2f} {step['peak_mb']:>9.0f} {step['exit']:>5}")
    print(f"{'check':<22} {'precision':>9} {'recall':>7}")
    for check, (precision, recall) in result["quality"].items():
        print(f"{check:<22} {precision:>9.3f} {recall:>7.3f}")
    if result.get("quality_by_language"):
        print(f"articles by language: {result['languages']}")
        for code, quality in result["quality_by_language"].items():
            print(f"  {code}: " + ", ".join(f"{check} {p:.3f}/{rc:.3f}" for check, (p, rc) in quality.items()))
    print(f"syndicated articles: {result['syndicated']:,} in {result['planted'].get('stories', 0)} stories; "
          f"findings: {sum(result['findings'].values()):,} {result['findings']}")
    print("report size: " + ", ".join(f"{form} {size / 1024:,.0f} KiB" for form, size in result["report_bytes"].items()))
    d = result["duplicates"]
    print(f"near-duplicates: ours {d['ours_docs_per_s']:,.0f} docs/s P={d['ours_quality'][0]:.3f} R={d['ours_quality'][1]:.3f}; "
          f"datasketch baseline {d['baseline_docs_per_s']:,.0f} docs/s P={d['baseline_quality'][0]:.3f} "
          f"R={d['baseline_quality'][1]:.3f}; speed-up {d['baseline_seconds'] / d['ours_seconds']:.1f}x")
    load = result["load"]
    print(f"load articles (fresh process): ruchina.load {load['ours_seconds']:.3f} s, pyarrow+pandas "
          f"{load['baseline_seconds']:.3f} s, ratio {load['ratio']:.2f}")
    for step in result["steps"]:
        if step["exit"] not in (0, 1):
            print(f"  {step['step']} failed:\n{step['output']}")


def markdown(results: list[dict], command: str) -> str:
    lines = [
        "# Benchmarks", "",
        f"Reproduce: `{command}` (after the README's set-up).", "",
        f"Machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}. "
        "ruchina's modules byte-compiled first, as a wheel's install does (byte_compile_package).", "",
        "| N | step | wall s | peak MB |", "|---|---|---|---|",
    ]
    for r in results:
        for s in r["steps"]:
            lines.append(f"| {r['n']:,} | {s['step']} | {s['seconds']:.2f} | {s['peak_mb']:.0f} |")
    lines += ["", "| N | check | precision | recall |", "|---|---|---|---|"]
    for r in results:
        for check, (p, rc) in r["quality"].items():
            lines.append(f"| {r['n']:,} | {check} | {p:.3f} | {rc:.3f} |")
    if any(r.get("quality_by_language") for r in results):
        lines += ["", "| N | language | articles | check | precision | recall |", "|---|---|---|---|---|---|"]
        for r in results:
            for code, quality in r.get("quality_by_language", {}).items():
                for check, (p, rc) in quality.items():
                    lines.append(f"| {r['n']:,} | {code} | {r['languages'][code]:,} | {check} | {p:.3f} | {rc:.3f} |")
    lines += ["", "| N | articles in syndicated stories | stories | findings | per check | HTML report | Markdown report |",
              "|---|---|---|---|---|---|---|"]
    for r in results:
        per_check = ", ".join(f"{check} {count:,}" for check, count in r["findings"].items())
        lines.append(f"| {r['n']:,} | {r['syndicated']:,} | {r['planted'].get('stories', 0)} | "
                     f"{sum(r['findings'].values()):,} | {per_check} | {r['report_bytes']['html'] / 1024:,.0f} KiB | "
                     f"{r['report_bytes']['md'] / 1024:,.0f} KiB |")
    lines += ["", "| N | near-duplicate finder | articles compared | docs/s | precision | recall | speed-up |",
              "|---|---|---|---|---|---|---|"]
    for r in results:
        d = r["duplicates"]
        lines.append(f"| {r['n']:,} | ruchina (vectorised MinHash + banded LSH) | {d['articles']:,} | {d['ours_docs_per_s']:,.0f} | "
                     f"{d['ours_quality'][0]:.3f} | {d['ours_quality'][1]:.3f} | {d['baseline_seconds'] / d['ours_seconds']:.1f}x |")
        lines.append(f"| {r['n']:,} | datasketch, per-shingle update | {d['articles']:,} | {d['baseline_docs_per_s']:,.0f} | "
                     f"{d['baseline_quality'][0]:.3f} | {d['baseline_quality'][1]:.3f} | 1.0x |")
    lines += ["", "| N | ruchina.load (s) | pyarrow → pandas (s) | ratio |", "|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r['n']:,} | {r['load']['ours_seconds']:.3f} | {r['load']['baseline_seconds']:.3f} | "
                     f"{r['load']['ratio']:.2f} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, nargs="+", default=[1000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="Keep the benchmark repositories.")
    parser.add_argument("--markdown", type=Path, help="Also write the results as Markdown (BENCHMARKS.md).")
    parser.add_argument("--json", type=Path, help="Also write the raw results as JSON.")
    parser.add_argument("--languages", default=",".join(DEFAULT_LANGUAGES),
                        help="comma-separated languages of the generated articles (default: %(default)s)")
    arguments = parser.parse_args()
    print("byte-compiled, as an installed package is:", ", ".join(byte_compile_package()))
    code = code_fingerprint()
    results = []
    for n in arguments.n:
        result = benchmark(n, arguments.seed, arguments.keep, tuple(arguments.languages.split(",")))
        print_results(result)
        results.append(result)
        if code_fingerprint.__wrapped__() != code:
            # An editable install picks up edits at once: a cache or a build made by the code of
            # the run's start is another code's for the steps after an edit, and they redo it all.
            sys.exit(f"the installed ruchina code changed during the run (size {n:,}): its figures mix two codes; "
                     "benchmark a clean clone (`git clone . /tmp/bench && cd /tmp/bench`) that nothing edits")
    if arguments.json:
        arguments.json.write_text(json.dumps(results, indent=1, default=str))
    if arguments.markdown:
        command = ("python benchmarks/run.py --n " + " ".join(map(str, arguments.n)) + f" --markdown {arguments.markdown}"
                   + ("" if arguments.languages == ",".join(DEFAULT_LANGUAGES) else f" --languages {arguments.languages}"))
        arguments.markdown.write_text(markdown(results, command))
    if any(step["exit"] not in (0, 1) for r in results for step in r["steps"]):
        sys.exit(1)


if __name__ == "__main__":
    main()

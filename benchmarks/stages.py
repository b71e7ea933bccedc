"""Where a build's time goes: `build --rebuild` of a repository with a timer on each stage.

    python benchmarks/stages.py --repo /tmp/ruchina-bench-100000-xxxx   # a repository run.py --keep left
    python benchmarks/stages.py --repo . --cache-of-build               # after editing checks or tables code

The build is written to a temporary directory, so the repository's own build stays as it
is. Stages are timed in this process (stage times of nested stages are included in their
parent's; the Parquet writes run on threads, some during the checks, so theirs is summed
over the threads).

``--cache-of-build`` reads the per-article cache that the repository's build was made
with, even when the code changed since. That is right only while article processing
(parsing, extraction, text features and the classes they make) is unchanged: for timing
a change to the tables, the merge or the checks without a cold build first. Never for
figures of a release.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import importlib
import resource
import tempfile
import time
from pathlib import Path

#: Functions timed, by the label printed (indented: part of the stage above), each as
#: "<module of ruchina>:<name>" (or ":<class>.<method>").
STAGES = {
    "read or process every seed": "pipeline.build:process_seeds",
    "corpus index": "pipeline.build:write_index",
    "derived tables": "pipeline.build:derived_tables",
    "  event merge": "pipeline.build:merged_events",
    "  claims": "pipeline.build:all_claims",
    "  articles table": "pipeline.build:articles_table",
    "  entities table": "pipeline.build:entities_table",
    "  events table": "pipeline.build:events_table",
    "  claims table": "pipeline.build:claims_table",
    "diffs with the latest release (before the checks)": "pipeline.table_writes:EarlyWrites.start",
    "checks": "pipeline.build:run_checks",
    "findings table": "pipeline.build:findings_table",
    "version decision": "pipeline.build:decide_version",
    "Parquet writes (summed over threads)": "store.build_directory:write_parquet",
}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(seconds: dict, label: str, function, peaks: dict | None = None):
    """``function`` timed into ``seconds[label]``; with ``peaks``, the process's peak memory
    when it ends (peaks[label]), which rises at the stage that set the peak."""
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[label] = seconds.get(label, 0.0) + time.perf_counter() - start
            if peaks is not None:
                peaks[label] = _peak_mb()

    return wrapper


def _use_cache_of_build(repo: Path) -> None:
    """Make this process's fingerprints the ones the repository's build recorded."""
    import ruchina.store.build_directory
    import ruchina.store.cache
    import ruchina.store.code_version
    import ruchina.store.corpus_index

    recorded = (repo / "_build" / ruchina.store.build_directory.INDEX_DIR / "code").read_text()
    article, _, code = recorded.partition("\n")
    for module in (ruchina.store.code_version, ruchina.store.cache, ruchina.store.corpus_index):
        module.article_fingerprint = lambda: article
        module.code_fingerprint = lambda: code


def stage_seconds(repo: Path, cache_of_build: bool = False, peaks: dict | None = None) -> dict[str, float]:
    """Seconds of each stage of one `build --rebuild` of ``repo`` (the checks' each as
    "  check <code>"), and of the whole ("total"); with ``peaks``, the process's peak memory
    in MB at the end of each stage. Meant for a process of its own: it times by replacing
    functions of ruchina.pipeline.build and the check registry."""
    import ruchina.pipeline.build
    from ruchina.checks import registry
    from ruchina.store.repository import RepositoryFiles

    if cache_of_build:
        _use_cache_of_build(repo)
    seconds: dict[str, float] = {}
    for label, path in STAGES.items():
        module, attribute = path.split(":")
        *owners, name = attribute.split(".")
        owner = functools.reduce(getattr, owners, importlib.import_module(f"ruchina.{module}"))
        setattr(owner, name, _timed(seconds, label, getattr(owner, name), peaks))
    for code, spec in registry.registered_checks().items():
        registry._REGISTRY[code] = dataclasses.replace(spec, run=_timed(seconds, f"  check {code}", spec.run, peaks))
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        ruchina.pipeline.build.build(RepositoryFiles.find(repo), out=Path(out) / "build", rebuild=True)
        seconds["total"] = time.perf_counter() - start
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repo", type=Path, required=True, help="A built repository (run.py --keep leaves one).")
    parser.add_argument("--cache-of-build", action="store_true",
                        help="Read the cache the repository's build was made with (see above).")
    arguments = parser.parse_args()
    peaks: dict[str, float] = {}
    seconds = stage_seconds(arguments.repo.resolve(), arguments.cache_of_build, peaks)
    checks = sorted(label for label in seconds if label.startswith("  check "))
    labels = list(STAGES)
    labels[labels.index("checks") + 1:labels.index("checks") + 1] = checks
    for label in [*labels, "total"]:
        if label in seconds:
            peak = f"{peaks[label]:8.0f} MB" if label in peaks else ""
            print(f"{label:<40} {seconds[label]:8.2f} s  {peak}".rstrip())
    print(f"{'peak memory of this process':<40} {_peak_mb():8.0f} MB")


if __name__ == "__main__":
    main()

"""Validate a build or a release: schemas and every quality check, into one report."""

from __future__ import annotations

from pathlib import Path

from ruchina.checks import CheckContext, Report, run_checks
from ruchina.checks.accepted import apply_accepted, read_accepted
from ruchina.checks.finding import Finding
from ruchina.checks.records import ColumnByKey
from ruchina.checks.registry import report_order
from ruchina.checks.schema import schema_findings
from ruchina.pipeline.findings_table import unmarked_findings
from ruchina.pipeline.memory import cycle_collection_paused
from ruchina.read.loader import convert_table, read_verified_table
from ruchina.read.manifest import Manifest, read_manifest
from ruchina.schemas import PRIMARY_KEYS
from ruchina.store.build_directory import BuildDirectory


@cycle_collection_paused()
def validate_directory(directory: Path, accepted_path: Path | None = None, label: str | None = None,
                       repo_root: Path | None = None, recheck: bool = False) -> Report:
    """Check every table of a build or release directory. Integrity problems (a changed
    or missing file) raise, since nothing can be said about data that is not there.
    A build that the running code made was checked as it was built: its findings are the
    report (unless ``recheck``). Otherwise every check runs; with ``repo_root`` the text
    checks reuse what the repository's cache computed for each seed the manifest lists."""
    manifest = read_manifest(directory)
    findings = None if recheck else _findings_of_the_build(directory, manifest)
    if findings is None:
        frames = {
            name: convert_table(read_verified_table(directory, name, manifest), "pandas") for name in manifest.tables
        }
        features = _cached_features(repo_root, manifest, frames.get("articles")) if repo_root else None
        findings = run_checks(CheckContext(frames=frames, features=features))
    if accepted_path is not None:
        findings = apply_accepted(findings, read_accepted(accepted_path))
    return Report(target=label or str(directory), findings=findings)


def _findings_of_the_build(directory: Path, manifest: Manifest) -> list[Finding] | None:
    """What every check found when the build in ``directory`` was made, when the code
    running now made it: the same checks on the same verified bytes find the same. Every
    table is still verified against the manifest, and the findings table, which the
    build's checks ran before, has its own schema and references checked here. Marks of
    acceptance are left to the caller (accepted.yaml may have changed since)."""
    build = BuildDirectory(directory)  # a release has no record of its checks: None
    if "findings" not in manifest.tables or not build.made_by_this_code() or not build.checks_saw(manifest.tables):
        return None
    keys = {name: convert_table(read_verified_table(directory, name, manifest, columns=[PRIMARY_KEYS[name]]), "pandas")
            for name in manifest.tables if name != "findings"}
    table = read_verified_table(directory, "findings", manifest)
    findings = unmarked_findings(table)
    frame = {"findings": convert_table(table, "pandas")}
    findings += schema_findings(frame, targets=keys | frame)
    return sorted(findings, key=report_order)


def _cached_features(repo_root: Path, manifest: Manifest, articles) -> dict:
    """Only where the cached body is the table's (a release made by other code may differ)."""
    from ruchina.store.article_store import ArticleStore

    if articles is None:
        return {}
    bodies = ColumnByKey(articles, "article_id", "body")
    features = {}
    for processed in ArticleStore(repo_root).of_seeds(manifest.seeds.items()):
        if processed is not None and bodies.get(processed.row["article_id"]) == processed.row["body"]:
            features[processed.row["article_id"]] = processed.features
    return features

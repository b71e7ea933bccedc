"""Validate a build or a release: schemas and every quality check, into one report."""

from __future__ import annotations

from pathlib import Path

from ruchina.checks import CheckContext, Report, run_checks
from ruchina.checks.accepted import apply_accepted, read_accepted

from .corpus_index import CorpusIndex
from .loader import convert_table, read_verified_table
from .manifest import Manifest, read_manifest


def validate_directory(directory: Path, accepted_path: Path | None = None, label: str | None = None,
                       repo_root: Path | None = None) -> Report:
    """Check every table of a build or release directory. Integrity problems (a changed
    or missing file) raise, since nothing can be said about data that is not there.
    The text checks reuse the text features a build keeps in its corpus index, or, with
    ``repo_root``, what the repository's cache computed for each seed the manifest lists."""
    manifest = read_manifest(directory)
    frames = {
        name: convert_table(read_verified_table(directory, name, manifest), "pandas") for name in manifest.tables
    }
    features = CorpusIndex.read_text_features(directory)
    if features is None and repo_root:
        features = _cached_features(repo_root, manifest, frames.get("articles"))
    findings = run_checks(CheckContext(frames=frames, features=features))
    if accepted_path is not None:
        findings = apply_accepted(findings, read_accepted(accepted_path))
    return Report(target=label or str(directory), findings=findings)


def _cached_features(repo_root: Path, manifest: Manifest, articles) -> dict:
    """Only where the cached body is the table's (a release made by other code may differ)."""
    from .cache import ArticleCache

    if articles is None:
        return {}
    bodies = dict(zip(articles["article_id"], articles["body"]))
    cache = ArticleCache(repo_root)
    features = {}
    for path, sha in manifest.seeds.items():
        processed = cache.get(ArticleCache.key_for(path, sha))
        if processed is not None and bodies.get(processed.row["article_id"]) == processed.row["body"]:
            features[processed.row["article_id"]] = processed.features
    return features

"""Validate a build or a release: schemas and every quality check, into one report."""

from __future__ import annotations

from pathlib import Path

from ruchina.checks import CheckContext, Report, run_checks
from ruchina.checks.accepted import apply_accepted, read_accepted

from .loader import convert_table, read_verified_table
from .manifest import read_manifest


def validate_directory(directory: Path, accepted_path: Path | None = None, label: str | None = None) -> Report:
    """Check every table of a build or release directory. Integrity problems (a changed
    or missing file) raise, since nothing can be said about data that is not there."""
    manifest = read_manifest(directory)
    frames = {
        name: convert_table(read_verified_table(directory, name, manifest), "pandas") for name in manifest.tables
    }
    findings = run_checks(CheckContext(frames=frames))
    if accepted_path is not None:
        findings = apply_accepted(findings, read_accepted(accepted_path))
    return Report(target=label or str(directory), findings=findings)

"""Freeze a build into ``dataset/releases/<version>/``.

A release is written into a hidden temporary directory and renamed into place, under
a lock, so readers never see half a release and two releases cannot interleave.
Once there, its bytes never change.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from ruchina.atomic import write_bytes_atomically
from ruchina.checks.accepted import read_accepted
from ruchina.errors import ReleaseError
from ruchina.faults import crash_point
from ruchina.pipeline.release_tables import latest_release_tables
from ruchina.pipeline.validation import validate_directory
from ruchina.publish.changelog import changelog_entry, describe_diffs, prepend_changelog, release_diffs
from ruchina.publish.metadata import metadata_files
from ruchina.read.manifest import Manifest
from ruchina.store.build_directory import BuildDirectory
from ruchina.store.repository import RepositoryFiles


@dataclass
class ReleaseResult:
    version: str
    path: Path
    manifest: Manifest
    dry_run: bool
    #: what changed since the previous release, as written to the CHANGELOG
    changes: list[str]

    @property
    def bump(self) -> str:
        return self.manifest.bump

    @property
    def reasons(self) -> list[str]:
        """Why this version: the build's reasons for its bump."""
        return self.manifest.bump_reasons


def release_date() -> str:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else today in UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date().isoformat()
    return dt.datetime.now(tz=dt.timezone.utc).date().isoformat()


def current_seed_hashes(repo: RepositoryFiles) -> dict[str, str]:
    return {path: hashlib.sha256(Path(file).read_bytes()).hexdigest() for path, file in repo.seed_files().items()}


def release(repo: RepositoryFiles, build_dir: Path | None = None, dry_run: bool = False) -> ReleaseResult:
    build_dir = Path(build_dir) if build_dir else repo.build_dir
    build = BuildDirectory(build_dir)
    built = build.manifest()
    if built.seeds != current_seed_hashes(repo):
        raise ReleaseError("seeds/ changed since the last build; run `ruchina build` again, then release")
    latest = repo.releases.versions()[-1] if repo.releases.versions() else None
    if built.bump == "none" or built.version == latest:
        raise ReleaseError(f"nothing changed since release {latest}; there is nothing to release")
    if not _findings_mark_what_is_accepted(build, built, read_accepted(repo.accepted_path)):
        raise ReleaseError("checks/accepted.yaml changed since the last build, so the build's findings table does not "
                           "mark what it accepts; run `ruchina build` again, then release")
    report = validate_directory(build_dir, repo.accepted_path, repo_root=repo.root)
    if not report.valid:
        ids = ", ".join(f.finding_id for f in report.blocking[:5])
        raise ReleaseError(
            f"the build has {len(report.blocking)} unaccepted error finding(s) ({ids}); "
            "fix them or accept them in checks/accepted.yaml, then build again"
        )
    target = repo.releases_dir / built.version
    manifest = replace(built, date=release_date(), files={})
    changes = _changes_since_latest(repo, build, built)
    if dry_run:
        return ReleaseResult(built.version, target, manifest, True, changes)
    with _release_lock(repo.releases_dir):
        if target.exists():
            raise ReleaseError(f"release {built.version} already exists; releases are never overwritten")
        staging = Path(tempfile.mkdtemp(prefix=f".{built.version}.tmp-", dir=repo.releases_dir))
        try:
            for entry in built.tables.values():
                shutil.copyfile(build.table_file(entry), staging / entry.file)
                crash_point("release.copied-table")
            for name, data in metadata_files(manifest).items():
                write_bytes_atomically(staging / name, data)
                manifest.files[name] = hashlib.sha256(data).hexdigest()
            manifest.write(staging)
            _fsync_directory(staging)
            # The CHANGELOG entry goes first: a release never exists without its entry,
            # and writing the entry again after a crash changes nothing.
            prepend_changelog(repo.root / "CHANGELOG.md",
                              changelog_entry(built.version, manifest.date, built.bump, changes))
            crash_point("release.before-rename")
            staging.rename(target)
            crash_point("release.after-rename")
            _fsync_directory(repo.releases_dir)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    return ReleaseResult(built.version, target, manifest, False, changes)


def _findings_mark_what_is_accepted(build: BuildDirectory, built: Manifest, accepted: dict[str, str]) -> bool:
    """Whether the findings table, as released, would say what accepted.yaml accepts."""
    findings = build.table("findings", built, columns=["finding_id", "accepted", "accepted_reason"]).to_pylist()
    return all((row["accepted_reason"] if row["accepted"] else None) == accepted.get(row["finding_id"])
               for row in findings)


def _changes_since_latest(repo: RepositoryFiles, build: BuildDirectory, built: Manifest) -> list[str]:
    old = dict(latest_release_tables(repo)[1])  # read once: the description looks at each table again
    new = {name: build.table(name, built) for name in built.tables}
    return describe_diffs(release_diffs(old, new), old, new)


@contextmanager
def _release_lock(releases_dir: Path):
    """Hold ``releases/.release.lock`` (holding our pid) for the duration of a release.
    The lock is made by hard-linking a complete file into place, so no other process
    ever sees it empty; a lock whose process is gone is taken over."""
    releases_dir.mkdir(parents=True, exist_ok=True)
    lock = releases_dir / ".release.lock"
    mine = releases_dir / f".release.lock.{os.getpid()}"
    mine.write_text(str(os.getpid()))
    try:
        try:
            os.link(mine, lock)
        except FileExistsError:
            if not _lock_is_stale(lock):
                raise ReleaseError(
                    f"another release is in progress ({lock} is held); wait for it to finish"
                ) from None
            lock.unlink(missing_ok=True)
            os.link(mine, lock)
    finally:
        mine.unlink(missing_ok=True)
    try:
        _remove_abandoned_staging(releases_dir)
        yield
    finally:
        lock.unlink(missing_ok=True)


def _remove_abandoned_staging(releases_dir: Path) -> None:
    """Temporary directories left by a killed release are never visible as releases
    (their names are hidden); the next release removes them."""
    for entry in releases_dir.glob(".*.tmp-*"):
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)


def _lock_is_stale(lock: Path) -> bool:
    """A lock whose process is gone (a killed release) is stale."""
    try:
        pid = int(lock.read_text() or "0")
    except (OSError, ValueError):
        return True
    if pid <= 0:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _fsync_directory(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)

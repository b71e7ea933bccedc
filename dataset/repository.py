"""The curator's API: ``ruchina.Repository``, one method per command of the CLI.

>>> import ruchina
>>> repo = ruchina.Repository(".")           # the repository in the current directory
>>> repo.add(["ARTICLE.txt"]).findings        # check, then write seeds/NNN_<sha>.txt
>>> repo.build().rows                         # {'articles': 6, 'entities': 47, ...}
>>> repo.validate().valid                     # False while an unaccepted error finding remains
>>> repo.release().version
>>> repo.diff("1.1.0", "1.2.0").changes

Each method returns what its command prints, as an object: ``build`` a BuildResult,
``validate`` a Report, ``add`` an AddedArticles, ``release`` a ReleaseResult, ``diff`` a
ReleaseDiff, ``report`` a RenderedReport, ``info`` a list of ReleaseSummary. What the
command reports as one error line (a refused file, a missing build, nothing to release)
is raised as a ``ruchina.errors.RuchinaError`` with that line as its message.

Importing this module stays cheap: the pipeline (pandera, the checks) is imported by the
first method that needs it. ``build``, ``add`` and ``validate(changed=True)`` first start
reading the stats of seeds/ on a thread (store/seed_scan.py), which those imports
overlap, as the commands do. The scan is a snapshot of the call's start, never of the
moment the Repository was made: a Repository can be kept while seeds change.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from ruchina.errors import UsageError
from ruchina.read.loader import ReleaseStore
from ruchina.store.repository import RepositoryFiles
from ruchina.store.seed_scan import SeedScan

if TYPE_CHECKING:
    from ruchina.checks.report import Report
    from ruchina.pipeline.adding import AddedArticle
    from ruchina.pipeline.build import BuildResult
    from ruchina.pipeline.release import ReleaseResult
    from ruchina.publish.changelog import ReleaseDiff
    from ruchina.publish.report import RenderedReport

PathLike = str | os.PathLike


@dataclass
class AddedArticles:
    """What ``Repository.add`` wrote (in a dry run: would write), and the findings about it."""

    #: each file's ``source``, ``seed_path``, ``article_id`` and parsed ``article``
    added: list[AddedArticle]
    #: the findings that concern the added articles, checked against the whole corpus
    report: Report
    dry_run: bool

    @property
    def findings(self) -> list:
        return self.report.findings

    @property
    def valid(self) -> bool:
        """No unaccepted error finding about the added articles (`ruchina add` exits 0)."""
        return self.report.valid


@dataclass
class ReleaseSummary:
    """A shipped release, as `ruchina info` lists it."""

    version: str
    date: str | None
    #: rows by table, as the manifest lists them
    rows: dict[str, int]


def release_summaries(store: ReleaseStore) -> list[ReleaseSummary]:
    """Every release of ``store``, oldest first, from the manifests alone."""
    summaries = []
    for version in store.versions():
        manifest = store.manifest(version)
        summaries.append(ReleaseSummary(version, manifest.date,
                                        {name: entry.rows for name, entry in manifest.tables.items()}))
    return summaries


class Repository(RepositoryFiles):
    """A curator's repository: seeds/, checks/accepted.yaml, dataset/releases/ and the
    build in _build/. ``Repository(path)`` (default: the current directory) and
    ``Repository.find(path)`` raise RepositoryError when ``path`` holds no seeds/ folder."""

    def __init__(self, path: PathLike | None = ".", scan: SeedScan | None = None):
        # ``scan``: see RepositoryFiles.find(path, scan_seeds=True); the methods start their own.
        super().__init__(self.checked_root(path), scan)

    def _scanning(self) -> RepositoryFiles:
        """These files with a scan of seeds/ begun now, for one pipeline call: made before
        the pipeline's imports, which the scan overlaps."""
        return RepositoryFiles(self.root, SeedScan(self.seeds_dir))

    def build(self, out: PathLike | None = None, rebuild: bool = False,
              progress: Callable[[str, int, int], None] | None = None) -> BuildResult:
        """`ruchina build`: every table from seeds/ into ``out`` (default: _build/), the data
        version decided against the latest release. A build that is current (nothing it
        is made from changed) is kept as it is unless ``rebuild``. ``progress(stage, done,
        total)`` hears how far the articles got."""
        files = self._scanning()
        from ruchina.pipeline.build import build as build_dataset

        return build_dataset(files, out=Path(out) if out else None, progress=progress, rebuild=rebuild)

    def validate(self, changed: bool = False, base: str | None = None, release: str | None = None,
                 build_dir: PathLike | None = None, recheck: bool = False, strict: bool = False) -> Report:
        """`ruchina validate`: the schemas and every quality check of the build (or of
        ``build_dir``, or of release ``release``), with checks/accepted.yaml applied. With
        ``changed``, only the findings about the seeds changed since the latest release (or
        since the git reference ``base``), checked against the whole corpus. ``recheck`` runs
        every check again on a build this code made (whose findings are otherwise its
        report). The Report's ``valid`` is False while an unaccepted error remains; its
        ``passed`` also counts warnings with ``strict``."""
        if base and not changed:
            raise UsageError("base goes with changed=True")
        if changed and (release or build_dir):
            raise UsageError("changed=True checks the changed seeds; it takes no release or build_dir")
        if release and build_dir:
            raise UsageError("validate a release or a build directory, not both")
        if changed:
            files = self._scanning()
            from ruchina.pipeline.changes import validate_changed

            report, _changed_ids = validate_changed(files, base)
        else:
            from ruchina.pipeline.validation import validate_directory
            from ruchina.store.build_directory import BuildDirectory

            if release:
                directory, label = self.releases.path(release), f"release {release}"
            else:
                directory = Path(build_dir) if build_dir else self.build_dir
                BuildDirectory(directory).manifest()  # there is a build to validate
                label = f"build {self.relative(directory)}"
            report = validate_directory(directory, self.accepted_path, label, self.root, recheck=recheck)
        report.strict = strict
        return report

    def add(self, files: PathLike | Iterable[PathLike], dry_run: bool = False, date: str | None = None,
            url: str | None = None, outlet: str | None = None, title: str | None = None) -> AddedArticles:
        """`ruchina add`: check each file (text, markdown with front matter, a saved web
        page), then write them all into seeds/ in the canonical seed format, or none
        (``dry_run``: none), and check the added articles against the whole corpus.
        ``date``, ``url``, ``outlet`` and ``title`` win over what the files say. A refused
        file raises ArticleError naming it, and nothing is written."""
        paths = [Path(files)] if isinstance(files, (str, os.PathLike)) else [Path(file) for file in files]
        repository = self._scanning()
        from ruchina.pipeline.adding import Overrides, add_articles
        from ruchina.pipeline.changes import validate_changed_with

        added = add_articles(repository, paths, Overrides(date, url, outlet, title), dry_run=dry_run)
        return AddedArticles(added.added, validate_changed_with(repository, added), dry_run)

    def release(self, dry_run: bool = False) -> ReleaseResult:
        """`ruchina release`: freeze the build as dataset/releases/<version>/ and write its
        CHANGELOG entry (``dry_run``: say what it would release). Raises ReleaseError when
        there is nothing to release, unaccepted errors remain, or seeds/ or
        checks/accepted.yaml changed since the build."""
        from ruchina.pipeline.release import release as release_build

        return release_build(self, dry_run=dry_run)

    def diff(self, old_version: str, new_version: str) -> ReleaseDiff:
        """`ruchina diff`: what changed between two releases of this repository."""
        from ruchina.publish.changelog import diff_releases

        return diff_releases(self.releases, old_version, new_version)

    def report(self, format: str = "html", release: str | None = None, build_dir: PathLike | None = None,
               out: PathLike | None = None) -> RenderedReport:
        """`ruchina report`: the quality report (``format`` html, md or json) of a release
        (default: the latest) or of the build in ``build_dir``; written to ``out`` if given."""
        from ruchina.publish.report import render_report

        return render_report(self.releases, format, release=release, build_dir=build_dir, out=out)

    def info(self) -> list[ReleaseSummary]:
        """`ruchina info`: this repository's releases and their tables' row counts."""
        return release_summaries(self.releases)

"""What a build was made from, so that `ruchina build` on an unchanged repository keeps
the build it has instead of making the same files again.

A build's files are a function of the seeds, the code and knowledge base, the libraries
that parse and write them, ``checks/accepted.yaml`` (the findings' accepted marks) and the
latest release (the version decision). The corpus index already holds the first two (the
code's fingerprint; every seed's sha256, size and time); the rest is recorded beside it in
``inputs.json`` (build_directory.py). As with make, the build is current when none of
these has changed and its files still match its manifest. When only the accepted findings
or the latest release changed, the build's tables are still right and only their marks
and version are made again (build.py).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from importlib import metadata

from ruchina.read.manifest import MANIFEST_NAME, Manifest
from ruchina.store.build_directory import BuildDirectory
from ruchina.store.corpus_index import CorpusIndex
from ruchina.store.index_arrays import file_sha256
from ruchina.store.repository import RepositoryFiles
from ruchina.store.seed_scan import SeedFiles


@dataclass(frozen=True)
class BuildInputs:
    #: the installed version of each library ruchina depends on (a new pyarrow may write
    #: other bytes; a new dateparser may read other dates)
    libraries: dict[str, str]
    #: sha256 of checks/accepted.yaml ("" when there is none)
    accepted_sha256: str
    #: the latest release and the sha256 of its manifest (None before the first release)
    latest_release: str | None
    latest_release_manifest_sha256: str | None

    @classmethod
    def of(cls, repo: RepositoryFiles) -> "BuildInputs":
        latest = repo.releases.latest() if repo.releases.versions() else None
        return cls(
            libraries=_installed_dependencies(),
            accepted_sha256=file_sha256(repo.accepted_path),
            latest_release=latest,
            latest_release_manifest_sha256=file_sha256(repo.releases.path(latest) / MANIFEST_NAME) if latest else None,
        )

    def write(self, build: BuildDirectory) -> None:
        """Into the build's records, which are never part of a release."""
        build.write_inputs(asdict(self))

    @classmethod
    def read(cls, build: BuildDirectory) -> "BuildInputs | None":
        try:
            return cls(**build.inputs())
        except TypeError:  # none recorded, or another shape
            return None


@dataclass(frozen=True)
class ReusableBuild:
    manifest: Manifest
    #: nothing the build is made from changed: it is what building now would make
    current: bool


def reusable_build(repo: RepositoryFiles, build: BuildDirectory, seeds: SeedFiles | None = None,
                   index: CorpusIndex | None = None) -> ReusableBuild | None:
    """The build ``build`` when its tables are what building now would make, but
    for the findings' marks of acceptance and the version: the same code, libraries and
    seeds (by size and time, or by sha256 where those moved, as `git status` decides),
    and files that still match the manifest. It is ``current`` when
    ``checks/accepted.yaml`` and the latest release have not changed either (they decide
    nothing else). None otherwise. ``seeds`` and ``index``: the command's listing of seeds/
    and the build's index, when it has them (read here otherwise)."""
    recorded, now = BuildInputs.read(build), BuildInputs.of(repo)
    if recorded is None or recorded.libraries != now.libraries:
        return None
    manifest = _build_of_these_seeds(repo, build, seeds, index)
    return ReusableBuild(manifest, current=recorded == now) if manifest is not None else None


def _build_of_these_seeds(repo: RepositoryFiles, build: BuildDirectory, seeds: SeedFiles | None,
                          index: CorpusIndex | None) -> Manifest | None:
    """The build's manifest when this code made it from the seeds as they are now and its
    files still match the manifest."""
    index = index if index is not None else build.index()
    if index is None or not index.same_code:
        return None
    seeds = seeds if seeds is not None else repo.seed_files()
    if seeds.keys() != index.row_of_path().keys() or index.stale_paths(seeds):
        return None
    return build.verified_manifest()


def _installed_dependencies() -> dict[str, str]:
    try:
        requirements = metadata.requires("ruchina") or []
    except metadata.PackageNotFoundError:  # a source tree that was never installed
        return {}
    names = {re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0] for requirement in requirements
             if "extra ==" not in requirement}
    versions = {}
    for name in sorted(names):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = ""
    return versions

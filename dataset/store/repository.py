"""The files of a curator's repository: where seeds, builds and releases live (the curator's API on top of it is `ruchina.Repository`)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ruchina.errors import ArticleError, RepositoryError
from ruchina.read.loader import ReleaseStore
from ruchina.store.seed_scan import SeedFiles, SeedScan
from ruchina.text.article_file import ARTICLE_SUFFIXES

#: Where `ruchina build` writes, relative to the repository. Not `build/`: setuptools owns that.
BUILD_DIR_NAME = "_build"


@dataclass(frozen=True)
class RepositoryFiles:
    root: Path
    #: stats of seeds/ being read since find(scan_seeds=True), for the first seed_files()
    scan: SeedScan | None = field(default=None, compare=False, repr=False)

    @classmethod
    def find(cls, path: Path | str | None = None, scan_seeds: bool = False) -> "RepositoryFiles":
        """The repository at ``path`` (default: the current directory). With ``scan_seeds``,
        the stats of its seeds are read from now on, on a thread (seed_scan.py), for a
        command whose first listing of seeds/ comes after seconds of other work."""
        root = cls.checked_root(path)
        return cls(root, SeedScan(root / "seeds") if scan_seeds else None)

    @staticmethod
    def checked_root(path: Path | str | None = None) -> Path:
        """The absolute root of the repository at ``path`` (default: the current directory),
        which must hold a seeds/ folder of its own."""
        root = Path(path or Path.cwd()).resolve()
        seeds = root / "seeds"
        if not seeds.is_dir():
            raise RepositoryError(
                f"{root} is not a ruchina repository (no seeds/ folder); "
                "run the command inside the repository or pass --repo PATH"
            )
        if seeds.is_symlink() or not seeds.resolve().is_relative_to(root):
            raise RepositoryError(f"{seeds} is a link out of the repository; seeds/ must be a folder inside it")
        return root

    @property
    def seeds_dir(self) -> Path:
        return self.root / "seeds"

    @property
    def releases_dir(self) -> Path:
        return self.root / "dataset" / "releases"

    @property
    def accepted_path(self) -> Path:
        return self.root / "checks" / "accepted.yaml"

    @property
    def build_dir(self) -> Path:
        return self.root / BUILD_DIR_NAME

    @property
    def releases(self) -> ReleaseStore:
        return ReleaseStore(self.releases_dir)

    def seed_paths(self) -> list[Path]:
        return [Path(path) for path in self.seed_files().values()]

    def seed_files(self) -> SeedFiles:
        """Article files in seeds/ by their path in the repository ("seeds/<name>"),
        sorted by name. Hidden files and other endings (a README, .gitkeep) are not
        articles. A symbolic link is refused: nothing outside seeds/ is ever read
        through one. Values are the files' paths as strings: one directory scan, no
        stat and no Path object per file, since it runs on every command (the stats of a
        SeedScan come with the first listing after it)."""
        files = SeedFiles(scanned=self.scan.take("seeds/") if self.scan else None)
        with os.scandir(self.seeds_dir) as entries:
            articles = [e for e in entries if not e.name.startswith(".") and e.name.lower().endswith(ARTICLE_SUFFIXES)]
        for entry in sorted(articles, key=lambda e: e.name):
            if entry.is_symlink():
                raise ArticleError(f"seeds/{entry.name}", "is a symbolic link; seeds/ must hold the article files themselves")
            if entry.is_file():
                files[f"seeds/{entry.name}"] = entry.path
        return files

    def relative(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

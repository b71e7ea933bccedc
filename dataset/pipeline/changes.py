"""What changed in seeds/, and the findings that concern it: `ruchina validate --changed`.

Without a git reference, "changed" means seeds that are new or different since the latest
release (its manifest lists every seed's sha256). With ``--base REF`` it means what git
says changed since REF, as a pull request sees it.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

from ruchina.checks import Finding, Report
from ruchina.errors import RepositoryError
from ruchina.pipeline.build import build_tables
from ruchina.pipeline.incremental import tables_for_changed
from ruchina.schemas import PRIMARY_KEYS, references_to
from ruchina.store.build_directory import BuildDirectory
from ruchina.store.corpus_index import CorpusIndex
from ruchina.store.repository import RepositoryFiles


def changed_seeds(repo: RepositoryFiles, base: str | None = None, index: CorpusIndex | None = None,
                  current: dict[str, str] | None = None) -> list[str]:
    """Seed paths (relative to the repository) that are new or modified."""
    current = current if current is not None else repo.seed_files()
    if base is None:
        released = repo.releases.manifest().seeds if repo.releases.versions() else {}
        # Seeds untouched since the build have the sha256 the build recorded.
        known = index.unchanged_hashes(current) if index else {}
        return sorted(path for path, file in current.items()
                      if released.get(path) != (known.get(path) or hashlib.sha256(Path(file).read_bytes()).hexdigest()))
    changed = _git(repo, ["diff", "--name-only", "--diff-filter=d", base, "--", "seeds/"])
    untracked = _git(repo, ["ls-files", "--others", "--exclude-standard", "--", "seeds/"])
    return sorted(path for path in set(changed) | set(untracked) if path in current)


def _git(repo: RepositoryFiles, arguments: list[str]) -> list[str]:
    try:
        result = subprocess.run(["git", "-C", str(repo.root), *arguments], capture_output=True, text=True, check=True)
    except FileNotFoundError:
        raise RepositoryError("--base needs git, which is not installed; leave out --base to compare with the latest release") from None
    except subprocess.CalledProcessError as error:
        message = (error.stderr or "").strip().splitlines()
        raise RepositoryError(f"git {' '.join(arguments[:2])} failed: {message[-1] if message else error}; "
                              "check that --base names a commit of this repository") from None
    return [line for line in result.stdout.splitlines() if line]


def validate_changed(repo: RepositoryFiles, base: str | None = None) -> tuple[Report, list[str]]:
    """The findings that concern the changed articles, and any schema error."""
    index, current = BuildDirectory(repo.build_dir).index(), repo.seed_files()
    changed = changed_seeds(repo, base, index, current)
    if index is not None:
        index.save_refreshed_stats()  # seeds hashed for their moved times need not be hashed again
    changed_ids = {Path(path).stem for path in changed}
    label = f"{len(changed)} changed article(s) since " + (base or "the latest release")
    if not changed:
        return Report(target=label, findings=[]), []
    tables, how = _tables_around(repo, set(changed), index=index, current=current)
    return findings_concerning(tables, changed_ids, f"{label}, {how}"), sorted(changed_ids)


def validate_changed_with(repo: RepositoryFiles, added) -> Report:
    """The findings that concern articles `ruchina add` just wrote (or, in a dry run,
    would write), against the whole corpus."""
    extra = {a.seed_path: a.data for a in added.added} if added.dry_run else {}
    changed_ids = {a.article_id for a in added.added}
    tables, how = _tables_around(repo, {a.seed_path for a in added.added}, extra, added.index, added.seeds_after(repo))
    if added.index is not None:
        added.index.save_refreshed_stats()
    return findings_concerning(tables, changed_ids, f"{len(changed_ids)} added article(s), {how}")


def _tables_around(repo: RepositoryFiles, changed: set[str], extra: dict[str, bytes] | None = None,
                   index: CorpusIndex | None = None, current: dict[str, str] | None = None) -> tuple[dict, str]:
    """Tables holding every finding about the changed seeds, and how they were made: from
    the build's index when it can answer (seconds), else from the whole corpus."""
    around = tables_for_changed(repo, changed, extra, index, current)
    if around is not None:
        return around.tables, f"compared with {around.compared} related article(s) found by the build's index"
    return build_tables(repo, extra=extra).tables, ("compared with the whole corpus (`ruchina build` first "
                                                    "makes this take seconds)")


def findings_concerning(tables, changed_ids: set[str], label: str) -> Report:
    """The findings about the changed articles or anything derived from them, and every
    schema error (a broken table concerns everyone)."""
    related = _records_of_changed_articles(tables, changed_ids)
    findings = [
        Finding.from_row(row)
        for row in tables["findings"].to_pylist()
        if row["check"] == "schema" or set(row["record_ids"]) & related.get(row["table"], set())
    ]
    return Report(target=label, findings=findings)


def _records_of_changed_articles(tables, changed_ids: set[str]) -> dict[str, set[str]]:
    """table -> the changed articles, and the records made from them (which name them)."""
    def touching(table: str, key: str, column: str, is_list: bool) -> set[str]:
        rows = tables[table].select([key, column]).to_pylist()
        return {row[key] for row in rows if (set(row[column]) if is_list else {row[column]}) & changed_ids}

    return {"articles": set(changed_ids)} | {
        table: touching(table, PRIMARY_KEYS[table], key.column, key.is_list)
        for table, key in references_to("articles").items()
    }


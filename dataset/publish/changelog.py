"""What changed between two releases, in words: for `ruchina diff` and for the CHANGELOG
entry `ruchina release` writes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from ruchina.atomic import write_bytes_atomically
from ruchina.publish.versioning import TableDiff, diff_tables
from ruchina.read.loader import ReleaseStore
from ruchina.schemas import PRIMARY_KEYS


@dataclass
class ReleaseDiff:
    """What changed from one release to another: `ruchina diff`."""

    old_version: str
    new_version: str
    #: one per table of either release, in ruchina.TABLES's order
    tables: list[TableDiff]
    #: the changes in words, as a CHANGELOG entry lists them
    changes: list[str]

    def to_dict(self) -> dict:
        return {"from": self.old_version, "to": self.new_version, "changes": self.changes,
                "tables": [diff.__dict__ for diff in self.tables]}


def diff_releases(store: ReleaseStore, old_version: str, new_version: str) -> ReleaseDiff:
    """Every table of two releases of ``store`` compared, each verified against its manifest."""
    old = {name: store.read_arrow(name, old_version) for name in store.manifest(old_version).tables}
    new = {name: store.read_arrow(name, new_version) for name in store.manifest(new_version).tables}
    diffs = release_diffs(old, new)
    return ReleaseDiff(old_version, new_version, diffs, describe_diffs(diffs, old, new))


def release_diffs(old: dict[str, pa.Table], new: dict[str, pa.Table]) -> list[TableDiff]:
    order = [t for t in PRIMARY_KEYS if t in old or t in new]
    return [diff_tables(name, old.get(name), new.get(name), PRIMARY_KEYS[name]) for name in order]


def describe_diffs(diffs: list[TableDiff], old: dict[str, pa.Table], new: dict[str, pa.Table]) -> list[str]:
    """One line per table that changed, then the articles added and the new findings."""
    lines = [reason for d in diffs for reason in d.reasons()]
    by_table = {d.table: d for d in diffs}
    articles = by_table.get("articles")
    if articles and articles.added_rows and "articles" in new:
        titles = {r["article_id"]: r["title"] for r in new["articles"].select(["article_id", "title"]).to_pylist()}
        for article_id in articles.added_rows:
            lines.append(f"new article {article_id}" + (f": “{titles[article_id]}”" if titles.get(article_id) else ""))
    findings = by_table.get("findings")
    if findings and findings.added_rows and "findings" in new:
        rows = {r["finding_id"]: r for r in new["findings"].to_pylist()}
        for finding_id in findings.added_rows:
            row = rows[finding_id]
            lines.append(f"new finding {finding_id} ({row['severity']}): {row['message'][:160]}")
    return lines or ["no differences"]


def changelog_entry(version: str, date: str, bump: str, lines: list[str]) -> str:
    body = "\n".join(f"- {line}" for line in lines)
    return f"## Data {version} — {date} ({bump})\n\n{body}\n"


def prepend_changelog(path: Path, entry: str) -> None:
    """Put the entry above the previous newest one, below the file's preamble."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Changelog\n\n"
    heading = entry.split(" — ", 1)[0]  # "## Data 1.3.0"
    if any(line.startswith(heading + " ") for line in text.split("\n")):
        return  # already written by a release that was interrupted before it finished
    position = text.find("\n## ")
    if position < 0:
        updated = text.rstrip("\n") + "\n\n" + entry
    else:
        updated = text[: position + 1] + entry + "\n" + text[position + 1:]
    write_bytes_atomically(path, updated.encode("utf-8"))

"""What a quality report shows, read once: the tables of a release or build, and what
changed since the release before it, counted per table and per check, with at most
CHANGES_SHOWN items of each kind listed (`ruchina diff` lists them all)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from ruchina.checks import Finding, Report
from ruchina.publish.versioning import TableDiff, diff_tables
from ruchina.read.loader import ReleaseStore, convert_table, read_verified_table, version_key
from ruchina.read.manifest import read_manifest
from ruchina.schemas import PRIMARY_KEYS

#: Items of one kind (new articles, new findings, ...) a report lists of what changed.
CHANGES_SHOWN = 20


@dataclass
class ChangeGroup:
    """One kind of change: its first CHANGES_SHOWN items in words, and how many there are."""

    kind: str
    lines: list[str]
    total: int


@dataclass
class ReportData:
    label: str
    version: str
    date: str | None
    frames: dict[str, pd.DataFrame]
    #: what changed, in words, at most CHANGES_SHOWN items of each kind (change_groups, flat)
    changes: list[str]
    compared_with: str | None
    #: per table: the rows added, removed and changed since ``compared_with``
    diffs: list[TableDiff] = field(default_factory=list)
    #: the findings of ``compared_with`` per (check, severity)
    previous_counts: dict[tuple[str, str], int] | None = None
    change_groups: list[ChangeGroup] = field(default_factory=list)
    #: the command that lists every change (`ruchina diff`)
    diff_command: str = ""

    @cached_property
    def findings(self) -> list[Finding]:
        frame = self.frames.get("findings")
        if frame is None:
            return []
        return [Finding.from_row(row) for row in frame.to_dict("records")]

    @property
    def quality(self) -> Report:
        return Report(target=self.label, findings=self.findings)

    @cached_property
    def check_counts(self) -> dict[tuple[str, str], int]:
        """Findings per (check, severity)."""
        return dict(Counter((f.check, f.severity) for f in self.findings))

    @cached_property
    def bodies(self) -> dict[str, str]:
        """Every article's body by id, made once: a finding looks its articles up here
        (made per finding, 1,000 articles took 48 s)."""
        articles = self.frames.get("articles")
        return {} if articles is None else dict(zip(articles["article_id"], articles["body"]))

    def titles_of(self, article_ids: set[str]) -> dict[str, str]:
        """The titles of these articles by id."""
        articles = self.frames.get("articles")
        if articles is None:
            return {}
        return _by_id(articles, "article_id", "title", article_ids)

    @cached_property
    def claims_by_id(self) -> dict[str, dict]:
        """Every claim's article, span and sentence by claim id, made once."""
        return self.claims_of(None)

    def claims_of(self, claim_ids: set[str] | None) -> dict[str, dict]:
        """The article, span and sentence of these claims (every claim: None), by claim id:
        a page shows a few hundred of 200,000."""
        claims = self.frames.get("claims")
        if claims is None:
            return {}
        if claim_ids is not None:
            claims = claims[claims["claim_id"].isin(claim_ids)]
        columns = ["claim_id", "article_id", "char_start", "char_end", "sentence"]
        return {row["claim_id"]: row for row in claims[columns].to_dict("records")}

    def bodies_of(self, article_ids: set[str]) -> dict[str, str]:
        """The bodies of these articles by id, looked up once for the page."""
        articles = self.frames.get("articles")
        if articles is None:
            return {}
        return _by_id(articles, "article_id", "body", article_ids)


def _by_id(frame: pd.DataFrame, key: str, column: str, ids: set[str]) -> dict:
    """``column`` of the rows whose ``key`` is one of ``ids``, read a cell at a time: a page
    quotes a few hundred rows, and taking them from a column of 100,000 texts in many
    chunks would first join the chunks (1.2 s)."""
    rows = np.flatnonzero(frame[key].isin(ids).to_numpy(dtype=bool))
    keys, values = frame[key], frame[column]
    return {keys.iat[row]: values.iat[row] for row in rows.tolist()}


def load_report_data(directory: Path, label: str, store: ReleaseStore) -> ReportData:
    """The tables of a release or build directory, and what changed since the release
    before it (for a build: the latest release)."""
    manifest = read_manifest(directory)
    tables = {name: read_verified_table(directory, name, manifest) for name in manifest.tables}
    versions = store.versions()
    is_release = directory.resolve().parent == store.root.resolve()
    if is_release:  # compare with the release before it
        versions = [v for v in versions if version_key(v) < version_key(manifest.version)]
    compared_with = versions[-1] if versions else None
    frames = {name: convert_table(table, "pandas") for name, table in tables.items()}
    data = ReportData(label, manifest.version, manifest.date, frames, [], compared_with)
    if compared_with:
        old_tables = store.manifest(compared_with).tables
        # A table whose file is the release's (the same sha256) has not changed: neither read
        # nor compared again (at 100,000 articles, comparing the articles takes seconds).
        same = {name for name, entry in old_tables.items()
                if name in manifest.tables and manifest.tables[name].sha256 == entry.sha256}
        old = {name: tables[name] if name in same else store.read_arrow(name, compared_with) for name in old_tables}
        data.diffs = [TableDiff(name) if name in same else diff_tables(name, old.get(name), tables.get(name), key)
                      for name, key in PRIMARY_KEYS.items() if name in old or name in tables]
        data.change_groups = change_groups(data.diffs, old, tables)
        data.previous_counts = _counts_by_check(old.get("findings"))
        data.diff_command = (f"ruchina diff {compared_with} {manifest.version}" if is_release else
                             f"ruchina release --dry-run, then ruchina diff {compared_with} <the new version>")
        data.changes = flat_changes(data.change_groups, data.diff_command)
    return data


def change_groups(diffs: list[TableDiff], old: dict[str, pa.Table], new: dict[str, pa.Table],
                  shown: int = CHANGES_SHOWN) -> list[ChangeGroup]:
    """What changed, by kind: the tables' rows and columns, the articles added and removed,
    the findings new and gone; each kind lists its first ``shown`` items."""
    by_table = {d.table: d for d in diffs}
    reasons = [reason for d in diffs for reason in d.reasons()]
    groups = [ChangeGroup("tables", reasons[:shown], len(reasons))] if reasons else []
    articles, findings = by_table.get("articles"), by_table.get("findings")
    if articles and articles.added_rows:
        titles = _column_of(new.get("articles"), "article_id", "title", articles.added_rows[:shown])
        groups.append(ChangeGroup("new articles", [
            f"{a}" + (f": “{titles[a]}”" if titles.get(a) else "") for a in articles.added_rows[:shown]],
            len(articles.added_rows)))
    if articles and articles.removed_rows:
        groups.append(ChangeGroup("articles removed", articles.removed_rows[:shown], len(articles.removed_rows)))
    for kind, ids, table in (("new findings", findings.added_rows if findings else [], new.get("findings")),
                             ("findings gone", findings.removed_rows if findings else [], old.get("findings"))):
        if ids:
            messages = _column_of(table, "finding_id", "message", ids[:shown])
            severities = _column_of(table, "finding_id", "severity", ids[:shown])
            groups.append(ChangeGroup(kind, [f"{i} ({severities.get(i)}): {str(messages.get(i, ''))[:160]}"
                                             for i in ids[:shown]], len(ids)))
    return groups


def flat_changes(groups: list[ChangeGroup], diff_command: str) -> list[str]:
    """The groups as lines (Markdown and JSON): each kind's items, then how many more."""
    lines = []
    for group in groups:
        prefix = _ITEM.get(group.kind, "")
        lines += [f"{prefix}{line}" for line in group.lines]
        if group.total > len(group.lines):
            lines.append(f"{group.total - len(group.lines):,} more {group.kind}: `{diff_command}`")
    return lines or ["no differences"]


_ITEM = {"new articles": "new article ", "articles removed": "article removed ", "new findings": "new finding ",
         "findings gone": "finding gone "}


def _column_of(table: pa.Table | None, key: str, column: str, ids: list[str]) -> dict:
    """``column`` by ``key`` for the rows with these ids."""
    if table is None or not ids or column not in table.schema.names:
        return {}
    import pyarrow.compute as pc

    rows = table.select([key, column]).filter(pc.is_in(table.column(key), pa.array(ids, table.schema.field(key).type)))
    return dict(zip(rows.column(key).to_pylist(), rows.column(column).to_pylist()))


def _counts_by_check(findings: pa.Table | None) -> dict[tuple[str, str], int] | None:
    if findings is None:
        return None
    pairs = zip(findings.column("check").to_pylist(), findings.column("severity").to_pylist())
    return dict(Counter(pairs))

"""The check registry: each check module registers one function under its stable code."""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from typing import Callable, Iterable

from ruchina.checks.finding import Finding


@dataclass(frozen=True)
class CheckSpec:
    code: str
    severity: str
    description: str
    run: Callable[["CheckContext"], Iterable[Finding]]


@dataclass
class CheckContext:
    """What a check may look at: the tables, as pandas frames, by name, and the findings
    of the checks that ran before it (shared-passage leaves whole copies to duplicate-article)."""

    frames: dict
    results: dict = field(default_factory=dict)
    #: article id -> TextFeatures; the build passes what it computed with each article,
    #: and what is missing (validating a release) is computed here on first use.
    features: dict | None = None
    #: Only the findings that name these articles, or records derived from them, are
    #: wanted (``validate --changed``); checks may skip the work for all others. None
    #: for every finding.
    focus: set[str] | None = None
    #: the clusters of copies (corpus/copy_clusters.py), made on first use
    _clusters: list | None = None
    _copy_sources: dict | None = None
    _features_complete: bool = False
    _records: dict = field(default_factory=dict)

    def wanted(self, article_ids) -> bool:
        """Whether a finding naming these articles is wanted."""
        return self.focus is None or not self.focus.isdisjoint(article_ids)

    def records(self, name: str, frame) -> list[dict]:
        """The rows of ``frame`` (None: no rows) as dicts (records.records). When it is the
        whole frame ``name``, they are made once for every check that walks them
        (missing-date and conflicting-claim: 0.5 s each for 200,000 claims), so they are
        read-only."""
        from ruchina.checks.records import records

        if frame is None:
            return []
        if frame is not self.frames.get(name):
            return records(frame)
        if name not in self._records:
            self._records[name] = records(frame)
        return self._records[name]

    def text_features(self) -> dict:
        """TextFeatures of every article of the articles frame, by id."""
        from ruchina.checks.records import ColumnByKey
        from ruchina.similarity.text_features import text_features

        if not self._features_complete:
            articles = self.frames["articles"]
            known = self.features or {}
            bodies = ColumnByKey(articles, "article_id", "body")
            self.features = {article_id: known.get(article_id) or text_features(article_id, bodies[article_id])
                             for article_id in bodies}
            self._features_complete = True
        return self.features


    def copy_clusters(self) -> list[list[str]]:
        """The clusters of copies of the articles frame (each two or more ids, sorted):
        read from its cluster_id column when it has one (the build's), else found."""
        from ruchina.checks.records import ColumnByKey, value_rows
        from ruchina.corpus.copy_clusters import find_copy_clusters

        if self._clusters is None:
            articles = self.frames.get("articles")
            if articles is None:
                self._clusters = []
            elif "cluster_id" in articles:
                members: dict = {}
                for article_id, cluster_id in value_rows(articles, "article_id", "cluster_id"):
                    members.setdefault(cluster_id or article_id, []).append(article_id)
                self._clusters = sorted(sorted(group) for group in members.values() if len(group) > 1)
            else:
                self._clusters = find_copy_clusters(self.text_features(), ColumnByKey(articles, "article_id", "body"))
        return self._clusters

    def copy_sources(self) -> dict[str, frozenset[str]]:
        """The source keys (copy_clusters.source_keys: the domain of its address, its stated
        outlet) of every article in a cluster of copies, by id, read once for the checks
        that tell a wire copy from a record twice."""
        from ruchina.checks.records import value_rows
        from ruchina.corpus.copy_clusters import source_keys

        if self._copy_sources is None:
            members = {member for cluster in self.copy_clusters() for member in cluster}
            articles = self.frames.get("articles")
            columns = [c for c in ("url", "outlet") if articles is not None and c in articles]
            found = {}
            if members and columns:
                for article_id, *values in value_rows(articles, "article_id", *columns):
                    if article_id in members:
                        named = dict(zip(columns, values))
                        found[article_id] = source_keys(named.get("url"), named.get("outlet"))
            self._copy_sources = found
        return self._copy_sources


_REGISTRY: dict[str, CheckSpec] = {}


def register(code: str, severity: str, description: str):
    def decorator(run: Callable[[CheckContext], Iterable[Finding]]):
        if code in _REGISTRY:
            raise ValueError(f"check code {code!r} is registered twice")
        _REGISTRY[code] = CheckSpec(code, severity, description, run)
        return run

    return decorator


def registered_checks() -> dict[str, CheckSpec]:
    # Importing a check module registers it; the order here is the order checks run in.
    from ruchina.checks import (  # noqa: F401
        conflicting_claim,
        duplicate_article,
        duplicate_passage,
        missing_date,
        schema,
        seed_name,
        shared_passage,
        unlinked_entity,
        unsupported_language,
    )

    return dict(_REGISTRY)


def run_checks(context: CheckContext, only: set[str] | None = None, skip: set[str] = frozenset(),
               after_each: Callable[[], None] | None = None) -> list[Finding]:
    """Run every check (or ``only`` those, less ``skip``); a check that crashes becomes an
    error finding, never an exception, so one bad record cannot hide the findings of the
    other checks. ``after_each`` runs once each check is done (the build hands freed memory
    back there: what one check made and let go is not kept through the next)."""
    findings: list[Finding] = []
    for spec in registered_checks().values():
        if (only is not None and spec.code not in only) or spec.code in skip:
            continue
        try:
            context.results[spec.code] = list(spec.run(context))
            findings.extend(context.results[spec.code])
        except Exception as error:  # noqa: BLE001 - reported as a finding instead
            findings.append(
                Finding.new(
                    spec.code,
                    "error",
                    "",
                    [],
                    f"the {spec.code} check crashed: {type(error).__name__}: {error}",
                    evidence=traceback.format_exc(limit=3),
                    attribute="crash",
                )
            )
        if after_each is not None:
            after_each()
    return sorted(findings, key=report_order)


def report_order(finding: Finding) -> tuple:
    """The order of findings in a report: by check, then by what they name."""
    return (finding.check, finding.table, finding.record_ids, finding.finding_id)

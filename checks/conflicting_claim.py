"""conflicting-claim: articles that assert incompatible values for the same subject and
attribute: one finding per disputed fact, listing each version with the articles that give it.

Values are compared as what they claim, not as text: "over 140" and "more than 150"
countries are lower bounds that can both be true; 140 and 150 as exact counts cannot.
A day contradicts another day, but not the week that contains it, and a summit's, forum's
or visit's days agree with each other (reports of its first and its second day). A place
contradicts another place unless one lies in the other (Red Square is in Moscow). Different
attributes never conflict: how many countries joined an initiative is not how many sent
delegations to a forum.

A figure an entity has (a member count, a share) holds at a time: claims about it dispute
one fact only when they are about one time, the period their sentences name or the weeks
around their articles' dates (FIGURE_WINDOW); an event's figures and a founding year are
pinned and always compared.

A dispute is reported only where it is the likelier reading. Not when one article gives two
incompatible values itself: the attribute is then not one fact there (two years' figures,
two meetings joined within the article). And for dates, not when the versions point at
another mistake (claim_versions.py says how): three or more dates that cannot be one event
are several events the merge joined; two different calendar days, or two articles' "today",
are what each text plainly states, so two events joined by the merge (reports of one event
across articles are merged by time too, within a month: event_merge.py) explain them better
than a dispute. A disputed date is reported when one version is reckoned from an article's
stated date ("on Wednesday", "this week") and the versions lie more than a week apart: that
is where a wrong or stale date line makes reports of one event disagree. Closer, the build's
own reading (a weekday read against the wrong week, a report joined to the next day's event)
explains the difference better: on the stand-in sets with gold facts, every such finding
within a week was one.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections import defaultdict
from dataclasses import replace
from functools import cached_property

import pandas as pd

from ruchina.checks.claim_versions import DateVersions, reckoned_by_article
from ruchina.checks.finding import Finding, finding_id_for
from ruchina.checks.records import ColumnByKey, article_languages, language_of, value_rows
from ruchina.checks.registry import CheckContext, register
from ruchina.extract.dates import resolve_dates
from ruchina.knowledge.base import entity_catalog

CODE = "conflicting-claim"
#: "about 100" covers 90 to 110.
ABOUT_TOLERANCE = 0.1


@register(CODE, "warning", "articles assert incompatible values for the same subject and attribute")
def find_conflicting_claims(context: CheckContext) -> list[Finding]:
    claims = context.frames.get("claims")
    if claims is None or claims.empty:
        return []
    if context.focus is not None:
        # Only the subjects and attributes the wanted articles make claims about.
        keys = pd.MultiIndex.from_frame(claims[["subject_id", "attribute"]])
        claims = claims[keys.isin(keys[claims["article_id"].isin(context.focus).to_numpy()])]
    groups = defaultdict(list)
    for claim in context.records("claims", claims):
        if _comparable(claim):
            groups[(claim["subject_id"], claim["attribute"])].append(claim)
    labels, kinds = _events_and_labels(context)
    articles = _ArticleTexts(context)
    findings = []
    for (subject, attribute), group in sorted(groups.items()):
        # Copies of one story are one witness: a fact only they state is no dispute between reports.
        if (len({articles.story(c["article_id"]) for c in group}) < 2
                or not context.wanted({c["article_id"] for c in group})):
            continue
        versions = _disputed_versions(group, kinds.get(subject), articles)
        if versions:
            findings.append(_finding(subject, attribute, versions, labels, articles.story))
    return findings


def _comparable(claim: dict) -> bool:
    """Places, resolved dates and numbers; not the date phrases an undated article could not
    resolve ("this week")."""
    return claim["attribute"] == "location" or _present(claim["value_date"]) or _present(claim["value_num"])


def _disputed_versions(group: list[dict], event_type: str | None, articles) -> list[list[dict]] | None:
    """The versions of a disputed fact (each a list of the claims that give it, in order of
    value), or None when the claims do not dispute it."""
    if group[0]["attribute"] == "location":
        return _disputed(_by_value(group), _same_place_versions)
    if _present(group[0]["value_date"]):
        dates = [c for c in group if _present(c["value_date"])]
        versions = DateVersions(dates, event_type)
        if not versions.disputed():
            return None
        return versions.versions() if versions.reported(reckoned_by_article(dates, articles)) else None
    if event_type is not None or group[0]["attribute"].endswith("_year"):
        return _disputed(_by_value(group), _numbers_agree)  # an event's figure, a founding year: timeless
    return _disputed_figures(group, articles)


def _disputed_figures(group: list[dict], articles) -> list[list[dict]] | None:
    """The versions of a figure an entity has (its member count, a share): such a figure holds
    at a time, so only claims about one time dispute it: the periods their sentences name
    ("in 2004", "last year"), or, when a sentence names none, a window around its article's
    stated date (FIGURE_WINDOW). An undated article's figure with no period is not compared."""
    periods = {c["claim_id"]: _period(c, articles) for c in group}
    comparable = [c for c in group if periods[c["claim_id"]] is not None]
    by_article = defaultdict(list)
    for claim in comparable:
        by_article[claim["article_id"]].append(claim)
    for claims in by_article.values():  # an article that gives two values for one time
        if any(not _numbers_agree(a, b) and _overlap([periods[a["claim_id"]]], [periods[b["claim_id"]]])
               for i, a in enumerate(claims) for b in claims[i + 1:]):
            return None
    versions = _by_value(comparable)
    segments = [_segments([periods[c["claim_id"]] for c in version]) for version in versions]
    # Each version keeps the claims about a time at which another version disagrees.
    taking_part = [set() for _ in versions]
    for i, a in enumerate(versions):
        for j in range(i + 1, len(versions)):
            if _numbers_agree(a[0], versions[j][0]):
                continue
            taking_part[i].update(c["claim_id"] for c in a if _meets(periods[c["claim_id"]], segments[j]))
            taking_part[j].update(c["claim_id"] for c in versions[j] if _meets(periods[c["claim_id"]], segments[i]))
    disputed = [[c for c in version if c["claim_id"] in part] for version, part in zip(versions, taking_part)]
    disputed = [version for version in disputed if version]
    return disputed if len(disputed) > 1 else None


#: A figure stated with no period is about the days around its article's date: two such
#: figures dispute one fact when their articles are at most this far apart.
FIGURE_WINDOW = 31


def _period(claim: dict, articles) -> tuple[float, float] | None:
    published = articles.published.get(claim["article_id"])
    if not isinstance(published, dt.date):
        return None
    stated = resolve_dates(claim["sentence"], published, language=language_of(articles.languages, claim["article_id"]))
    if stated:
        return min(d.first for d in stated).toordinal(), max(d.last for d in stated).toordinal()
    return published.toordinal() - FIGURE_WINDOW / 2, published.toordinal() + FIGURE_WINDOW / 2


def _overlap(first: list[tuple[float, float]], second: list[tuple[float, float]]) -> bool:
    """Whether some period of ``first`` meets some period of ``second``."""
    segments = _segments(second)
    return any(_meets(period, segments) for period in first)


def _segments(periods: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The union of ``periods`` as sorted, disjoint segments."""
    merged: list[list[float]] = []
    for start, end in sorted(periods):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def _meets(period: tuple[float, float], segments: list[tuple[float, float]]) -> bool:
    """Whether ``period`` meets one of the sorted disjoint ``segments`` (a binary search:
    groups of thousands of claims stay cheap)."""
    index = bisect.bisect_right(segments, (period[1], math.inf))
    return index > 0 and segments[index - 1][1] >= period[0]


def _by_value(group: list[dict]) -> list[list[dict]]:
    by_value = defaultdict(list)
    for claim in sorted(group, key=lambda c: (c["article_id"], c["char_start"])):
        by_value[describe(claim)].append(claim)
    return [by_value[value] for value in sorted(by_value, key=lambda v: _order(by_value[v][0]))]


def _disputed(versions: list[list[dict]], agree) -> list[list[dict]] | None:
    """Disputed when two articles give values that cannot both hold, and no article gives
    two such values itself (then the attribute names more than one fact in that article)."""
    incompatible = [(a, b) for i, a in enumerate(versions) for b in versions[i + 1:] if not agree(a[0], b[0])]
    if not incompatible:
        return None
    for a, b in incompatible:
        if {c["article_id"] for c in a} & {c["article_id"] for c in b}:
            return None
    return versions


def _numbers_agree(a: dict, b: dict) -> bool:
    low_a, high_a = interval(a["value_num"], a["qualifier"])
    low_b, high_b = interval(b["value_num"], b["qualifier"])
    return not (high_a < low_b or high_b < low_a)


def _same_place_versions(a: dict, b: dict) -> bool:
    return _same_place(a["value"], b["value"])


def conflict(a: dict, b: dict) -> bool:
    """Whether two claims of one subject and attribute cannot both be true (as values; the
    check also weighs what else could explain the difference)."""
    if a["attribute"] == "location":
        return not _same_place(a["value"], b["value"])
    if _present(a["value_date"]) and _present(b["value_date"]):
        return a["value_end_date"] < b["value_date"] or b["value_end_date"] < a["value_date"]
    if _present(a["value_num"]) and _present(b["value_num"]):
        return not _numbers_agree(a, b)
    return False  # unresolved phrases and free text are not compared


def interval(value: float, qualifier: str) -> tuple[float, float]:
    if qualifier == "over":
        return value, math.inf
    if qualifier == "under":
        return -math.inf, value
    if qualifier == "about":
        return value * (1 - ABOUT_TOLERANCE), value * (1 + ABOUT_TOLERANCE)
    return value, value


def describe(claim: dict) -> str:
    if claim["attribute"] == "location" or not _present(claim["value_num"]):
        precision = f" ({claim['value_precision']})" if _present(claim["value_precision"]) else ""
        return f"{claim['value']}{precision}"
    qualifier = {"exact": "", "over": "over ", "under": "under ", "about": "about "}[claim["qualifier"]]
    return f"{qualifier}{claim['value']}"


def _finding(subject: str, attribute: str, versions: list[list[dict]], labels: dict[str, str],
             story=lambda article_id: article_id) -> Finding:
    """One finding for the fact; its id from the check, the fact's subject and its attribute,
    so that it stays the same finding (and stays accepted) as articles join either side.
    A version's copies of one story (``story``: an article's cluster) count once."""
    articles = [sorted({c["article_id"] for c in version}) for version in versions]
    everyone = sorted({a for version in articles for a in version})
    told = ", ".join(everyone[:-1]) + f" and {everyone[-1]}"

    def witnesses(names: list[str]) -> str:
        stories = len({story(a) for a in names})
        return f"{', '.join(names)}" + (f"; {stories} {'story' if stories == 1 else 'stories'}"
                                        if stories < len(names) else "")

    sides = " vs ".join(f"{describe(version[0])} ({witnesses(names)})" for version, names in zip(versions, articles))
    quotes = []
    for version in versions:
        seen = set()
        for claim in version:
            if claim["article_id"] not in seen:
                seen.add(claim["article_id"])
                quotes.append(f"{claim['article_id']}: “{claim['sentence']}”")
    records = sorted(c["claim_id"] for version in versions for c in version)
    finding = Finding.new(
        CODE, "warning", "claims", records,
        f"{told} disagree on the {attribute.replace('_', ' ')} of {labels.get(subject, subject)}: {sides}",
        evidence=" | ".join(quotes),
    )
    return replace(finding, finding_id=finding_id_for(CODE, "claims", (subject,), attribute))


def _order(claim: dict):
    if _present(claim["value_date"]):
        return (0, claim["value_date"].toordinal(), claim["value_end_date"].toordinal(), "")
    if _present(claim["value_num"]) and claim["attribute"] != "location":
        return (1, claim["value_num"], 0, claim["qualifier"])
    return (2, 0, 0, claim["value"])


def _same_place(a: str, b: str) -> bool:
    catalog = entity_catalog()
    return a == b or a in catalog.places_containing(b) or b in catalog.places_containing(a)


def _events_and_labels(context: CheckContext) -> tuple[dict[str, str], dict[str, str]]:
    labels, kinds = {}, {}
    if "entities" in context.frames:
        labels.update(value_rows(context.frames["entities"], "entity_id", "name"))
    if "events" in context.frames:
        events = context.frames["events"]
        labels.update(value_rows(events, "event_id", "label"))
        kinds.update(value_rows(events, "event_id", "event_type"))
    return labels, kinds


class _ArticleTexts:
    """Each article's stated date, body and language, read from the frame the first time a dispute
    needs them (most builds have few disputes and many articles)."""

    def __init__(self, context: CheckContext):
        self._articles = context.frames.get("articles")
        self._context = context

    @cached_property
    def _stories(self) -> dict[str, str]:
        """Each article of a cluster of copies -> the cluster's first id."""
        return {member: cluster[0] for cluster in self._context.copy_clusters() for member in cluster}

    def story(self, article_id: str) -> str:
        """The story an article tells: its cluster of copies, or itself."""
        return self._stories.get(article_id, article_id)

    @cached_property
    def bodies(self):
        return ColumnByKey(self._articles, "article_id", "body") if self._articles is not None else {}

    @cached_property
    def published(self) -> dict:
        return dict(value_rows(self._articles, "article_id", "published_date")) if self._articles is not None else {}

    @cached_property
    def languages(self) -> dict:
        return article_languages(self._articles)


def _present(value) -> bool:
    return value is not None and value == value

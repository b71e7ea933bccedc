"""conflicting-claim: articles that assert incompatible values for the same subject and
attribute.

Values are compared as what they claim, not as text: "over 140" and "more than 150"
countries are lower bounds that can both be true; 140 and 150 as exact counts cannot.
A day contradicts another day, but not the week that contains it. A place contradicts
another place unless one lies in the other (Red Square is in Moscow). Different
attributes never conflict: how many countries joined an initiative is not how many sent
delegations to a forum.
"""

from __future__ import annotations

import math
from collections import defaultdict
from itertools import combinations

import pandas as pd

from ruchina.checks.finding import Finding
from ruchina.checks.registry import CheckContext, register
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
        groups[(claim["subject_id"], claim["attribute"])].append(claim)
    labels = _labels(context)
    findings = []
    for (subject, attribute), group in sorted(groups.items()):
        reported: set[tuple[str, str]] = set()
        for a, b in _pairs_to_compare(group):
            pair = tuple(sorted((a["article_id"], b["article_id"])))
            if a["article_id"] == b["article_id"] or pair in reported or not context.wanted(pair) or not conflict(a, b):
                continue
            reported.add(pair)
            a, b = sorted((a, b), key=lambda c: c["article_id"])
            findings.append(
                Finding.new(
                    CODE, "warning", "claims", [a["claim_id"], b["claim_id"]],
                    f"{pair[0]} and {pair[1]} disagree on the {attribute.replace('_', ' ')} of "
                    f"{labels.get(subject, subject)}: {describe(a)} vs {describe(b)}",
                    evidence=f"{pair[0]}: “{a['sentence']}” | {pair[1]}: “{b['sentence']}”",
                    attribute=f"{subject}:{attribute}",
                )
            )
    return findings


#: Up to this many claims about one subject and attribute, every pair is compared.
ALL_PAIRS_LIMIT = 12


def _pairs_to_compare(group: list[dict]):
    """Every pair in a small group; in a large one (a subject many articles speak of),
    each claim against the value most articles give, so the cost stays linear."""
    group = sorted(group, key=lambda c: (c["article_id"], c["char_start"]))
    if len(group) <= ALL_PAIRS_LIMIT:
        yield from combinations(group, 2)
        return
    support: dict[str, set[str]] = defaultdict(set)
    for claim in group:
        support[describe(claim)].add(claim["article_id"])
    consensus = min(support, key=lambda value: (-len(support[value]), value))
    representative = next(c for c in group if describe(c) == consensus)
    for claim in group:
        if claim is not representative:
            yield representative, claim


def conflict(a: dict, b: dict) -> bool:
    if a["attribute"] == "location":
        return not _same_place(a["value"], b["value"])
    if _present(a["value_date"]) and _present(b["value_date"]):
        return a["value_end_date"] < b["value_date"] or b["value_end_date"] < a["value_date"]
    if _present(a["value_num"]) and _present(b["value_num"]):
        low_a, high_a = interval(a["value_num"], a["qualifier"])
        low_b, high_b = interval(b["value_num"], b["qualifier"])
        return high_a < low_b or high_b < low_a
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


def _same_place(a: str, b: str) -> bool:
    catalog = entity_catalog()
    return a == b or a in catalog.places_containing(b) or b in catalog.places_containing(a)


def _labels(context: CheckContext) -> dict[str, str]:
    labels = {}
    if "entities" in context.frames:
        labels.update(zip(context.frames["entities"]["entity_id"], context.frames["entities"]["name"]))
    if "events" in context.frames:
        labels.update(zip(context.frames["events"]["event_id"], context.frames["events"]["label"]))
    return labels


def _present(value) -> bool:
    return value is not None and value == value

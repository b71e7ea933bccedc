"""shared-passage: a long passage (a sentence or a quotation of 12 words or more) that
appears in two different articles: a shared quote, a wire copy, a press release."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from itertools import combinations

from .finding import Finding
from .registry import CheckContext, register
from .text_features import SHARED_MIN_WORDS as MIN_WORDS

CODE = "shared-passage"
#: A sentence in more articles than this is boilerplate, not a shared passage; it
#: would also make the pairs grow with the square of its count.
MAX_ARTICLES_PER_PASSAGE = 50


@register(CODE, "info", "a long passage that appears in two different articles")
def find_shared_passages(context: CheckContext) -> list[Finding]:
    articles = context.frames.get("articles")
    if articles is None:
        return []
    holders: dict[str, set[str]] = defaultdict(set)
    texts: dict[str, str] = {}
    for article_id, features in context.text_features().items():
        for key, text in features.passages:
            holders[key].add(article_id)
            texts.setdefault(key, text)
    shared_by_pair: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, article_ids in holders.items():
        if 1 < len(article_ids) <= MAX_ARTICLES_PER_PASSAGE and context.wanted(article_ids):
            for pair in combinations(sorted(article_ids), 2):
                if context.wanted(pair):
                    shared_by_pair[pair].append(key)
    duplicates = duplicate_pairs(context)
    return [
        shared_passage_finding(pair, keys, texts)
        for pair, keys in sorted(shared_by_pair.items())
        if pair not in duplicates  # the whole article is a copy: duplicate-article says so
    ]


def shared_passage_finding(pair: tuple[str, str], keys: list[str], texts: dict[str, str]) -> Finding:
    longest = max(keys, key=len)
    return Finding.new(
        CODE, "info", "articles", list(pair),
        f"{pair[0]} and {pair[1]} share {len(keys)} passage(s) of {MIN_WORDS}+ words",
        evidence=f"“{texts[longest][:300]}”",
        attribute=hashlib.sha256("\n".join(sorted(keys)).encode()).hexdigest()[:16],
    )


def duplicate_pairs(context: CheckContext) -> set[tuple[str, str]]:
    return {
        pair
        for finding in context.results.get("duplicate-article", [])
        for pair in combinations(sorted(finding.record_ids), 2)
    }

"""shared-passage: a long passage (a sentence or a quotation of 12 words or more) that
appears in two different articles: a shared quote, a wire copy, a press release.

One finding per passage, naming every article that carries it (a finding per pair of
them grows with the square of their count); the sentences that the same articles share
are one passage. Its id is derived from the passage's text, so it stays when one more
article quotes it. A passage that only copies of one article share is left to
duplicate-article and syndicated-story, which report the whole copy."""

from __future__ import annotations

import hashlib
from collections import defaultdict

import numpy as np

from ruchina.checks.finding import Finding
from ruchina.checks.records import ColumnByKey, value_rows
from ruchina.checks.registry import CheckContext, register
from ruchina.similarity.text_features import SHARED_MIN_WORDS as MIN_WORDS
from ruchina.similarity.text_features import passage_span, passage_text
from ruchina.similarity.text_units import normalize

CODE = "shared-passage"
#: A sentence in more articles than this is boilerplate, not a shared passage; it
#: would also make the pairs grow with the square of its count.
MAX_ARTICLES_PER_PASSAGE = 50


@register(CODE, "info", "a long passage that appears in two different articles")
def find_shared_passages(context: CheckContext) -> list[Finding]:
    articles = context.frames.get("articles")
    if articles is None:
        return []
    features = context.text_features()
    holders = _holders_of_shared_keys(features)
    keys_by_holders: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for key, article_ids in holders.items():
        carriers = tuple(sorted(set(article_ids)))
        if 1 < len(carriers) and len(article_ids) <= MAX_ARTICLES_PER_PASSAGE and context.wanted(carriers):
            keys_by_holders[carriers].append(key)
    cluster_of = copy_cluster_of(context)
    bodies = ColumnByKey(articles, "article_id", "body")
    outlets = ColumnByKey(articles, "article_id", "outlet") if "outlet" in articles.columns else None

    def printed(key: int) -> str:
        """As the first article that holds it prints it."""
        first = holders[key][0]
        return passage_text(features[first], bodies[first], key)

    events_of = _events_of(context)
    return [
        shared_passage_finding(carriers, [printed(key) for key in keys])
        for carriers, keys in sorted(keys_by_holders.items())
        # Only copies of one text carry it: duplicate-article reports the whole copy.
        if len({cluster_of.get(a, a) for a in carriers}) > 1
        and not _house_formula(carriers, keys, features, bodies, cluster_of, events_of, outlets)
    ]


#: Before a lead, at most a dateline ("MOSCOW, May 16 (Reuters) -").
DATELINE_MAX_WORDS = 12


def _house_formula(carriers: tuple[str, ...], keys: list[int], features: dict, bodies: ColumnByKey,
                   cluster_of: dict, events_of: dict[str, set[str]] | None, outlets: ColumnByKey | None) -> bool:
    """An outlet's own wording: any passage one outlet reuses in its own articles (a greeting's
    template, "the presidents then made statements for the press", an announcement's agenda
    sentence again in its report of the talks), which no article took from another outlet; or,
    across outlets, one sentence that opens every carrier's story ("Vladimir Putin had a
    telephone conversation with ...") in articles of which no two (but copies of one story)
    report an event together. Reports of one event that open alike, and outlets quoting alike,
    still share a passage."""
    if outlets is not None and outlets[carriers[0]] is not None and len({outlets[a] for a in carriers}) == 1:
        return True
    if events_of is None or len(keys) != 1:
        return False
    for article_id in carriers:
        start, _ = passage_span(features[article_id], keys[0])
        if (start != features[article_id].passage_spans[:, 0].min()
                or len(bodies[article_id][:start].split()) > DATELINE_MAX_WORDS):
            return False
    stories = {}
    for article_id in carriers:
        stories.setdefault(cluster_of.get(article_id, article_id), set()).update(events_of.get(article_id, ()))
    seen: set[str] = set()
    for events in stories.values():
        if seen & events:
            return False
        seen |= events
    return True


def _events_of(context: CheckContext) -> dict[str, set[str]] | None:
    """Each article -> the events rows that list it; None without an events table."""
    events = context.frames.get("events")
    if events is None:
        return None
    found: dict[str, set[str]] = defaultdict(set)
    for event_id, article_ids in value_rows(events, "event_id", "article_ids"):
        for article_id in article_ids:
            found[article_id].add(event_id)
    return found


def _holders_of_shared_keys(features: dict) -> dict[int, list[str]]:
    """The articles holding each passage key that more than one holds, in the order of
    ``features``; the keys in the order they first appear there (a finding quotes the
    first of its longest passages). Sorted with numpy: a corpus has millions of passages,
    few of them shared."""
    article_ids = list(features)
    keys_of = [features[article_id].passage_keys for article_id in article_ids]
    keys = np.concatenate([*keys_of, np.empty(0, np.uint64)])
    rows = np.repeat(np.arange(len(article_ids)), [len(k) for k in keys_of])
    order = np.argsort(keys, kind="stable")  # stable: a key's holders stay in the order of features
    keys, rows = keys[order], rows[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    sizes = np.diff(np.r_[starts, len(keys)])
    starts, sizes = starts[sizes > 1], sizes[sizes > 1]
    by_first_seen = np.argsort(order[starts])
    starts, sizes = starts[by_first_seen], sizes[by_first_seen]
    return {key: [article_ids[row] for row in rows[start:start + size].tolist()]
            for key, start, size in zip(keys[starts].tolist(), starts.tolist(), sizes.tolist())}


def shared_passage_finding(carriers: tuple[str, ...], passages: list[str]) -> Finding:
    normalised = [normalize(text) for text in passages]
    longest = max(range(len(passages)), key=lambda i: len(normalised[i]))
    names = ", ".join(carriers) if len(carriers) > 2 else " and ".join(carriers)
    return Finding.new(
        CODE, "info", "articles", list(carriers),
        f"{names} share a passage of {len(passages)} sentence(s) of {MIN_WORDS}+ words ({len(carriers)} articles)",
        evidence=f"“{passages[longest][:300]}”",
        attribute=hashlib.sha256("\n".join(sorted(normalised)).encode()).hexdigest()[:16],
        id_records=(),
    )


def copy_cluster_of(context: CheckContext) -> dict[str, int]:
    """Each article of a cluster of copies (duplicate records or a syndicated story) ->
    the cluster's number."""
    return {article_id: number for number, cluster in enumerate(context.copy_clusters()) for article_id in cluster}

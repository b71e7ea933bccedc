"""What the text checks need of one article body, computed once per article.

Each is a function of the body alone, so the build computes it with the rest of an
article's processing (in parallel, and cached), the checks then only compare; and the
build keeps it as the index that `validate --changed` and `add` query.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from . import minhash
from .finding import Finding
from .text_units import Unit, normalize, paragraphs, quotations, sentences

#: Sentences and quotations shorter than this ("he said.") repeat by nature, not by mistake.
REPEAT_MIN_WORDS = 6
#: A passage shared by two articles is a sentence or quotation of at least this many words.
SHARED_MIN_WORDS = 12
DUPLICATE_PASSAGE = "duplicate-passage"


@dataclass(frozen=True)
class TextFeatures:
    #: sha256 of the normalised body: equal for copies that differ in case, quotes, spacing.
    exact_key: str
    signature: np.ndarray
    #: (the normalised passage, the passage as printed), for shared-passage.
    passages: tuple[tuple[str, str], ...]
    #: duplicate-passage findings: paragraphs, sentences, quotations repeated in the body.
    repeats: tuple[Finding, ...]


def text_features(article_id: str, body: str) -> TextFeatures:
    units = [*paragraphs(body), *sentences(body), *quotations(body)]
    normal = {(u.kind, u.index): normalize(u.text) for u in units}
    long_passages = {}
    for unit in units:
        key = normal[unit.kind, unit.index]
        if unit.kind != "paragraph" and key.count(" ") + 1 >= SHARED_MIN_WORDS:
            long_passages.setdefault(key, unit.text)
    return TextFeatures(
        exact_key=exact_key(body),
        signature=minhash.signature(minhash.shingle_hashes(body)),
        passages=tuple(sorted(long_passages.items())),
        repeats=tuple(_repeated_units(article_id, units, normal)),
    )


def exact_key(body: str) -> str:
    """Equal for texts that differ only in case, quote marks and spacing."""
    return hashlib.sha256(normalize(body).encode()).hexdigest()


def _repeated_units(article_id: str, units: list[Unit], normal: dict) -> list[Finding]:
    """Repeats of paragraphs, then of sentences outside repeated paragraphs, then of
    quotations outside both: each repetition is reported once, at its largest."""
    findings = []
    covered: list[tuple[int, int]] = []
    for kind in ("paragraph", "sentence", "quotation"):
        groups = defaultdict(list)
        for unit in units:
            key = normal[unit.kind, unit.index]
            if unit.kind == kind and key and key.count(" ") + 1 >= REPEAT_MIN_WORDS and not _inside(unit, covered):
                groups[key].append(unit)
        for key, copies in groups.items():
            if len(copies) < 2:
                continue
            covered.extend((u.start, u.end) for u in copies)
            where = ", ".join(f"{kind} {u.index} (characters {u.start}–{u.end})" for u in copies)
            findings.append(
                Finding.new(
                    DUPLICATE_PASSAGE, "warning", "articles", [article_id],
                    f"a {kind} appears {len(copies)} times: {where}",
                    evidence=f"“{_shorten(copies[0].text)}”",
                    attribute=f"{kind}:{hashlib.sha256(key.encode()).hexdigest()[:16]}",
                )
            )
    return findings


def _inside(unit: Unit, spans) -> bool:
    return any(start <= unit.start and unit.end <= end for start, end in spans)


def _shorten(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

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

from ruchina.checks.finding import Finding
from ruchina.similarity import minhash
from ruchina.similarity.text_units import Unit, normalize, paragraphs, quotations, sentences
from ruchina.similarity.transcript_shape import is_transcript
from ruchina.text.normalize import length_in_words

#: Sentences and quotations shorter than this ("he said.") repeat by nature, not by mistake.
REPEAT_MIN_WORDS = 6
#: A passage shared by two articles is a sentence or quotation of at least this many words.
#: (Lengths in words count two Chinese or Japanese characters as a word: length_in_words.)
SHARED_MIN_WORDS = 12
DUPLICATE_PASSAGE = "duplicate-passage"


@dataclass(frozen=True)
class TextFeatures:
    #: sha256 of the normalised body: equal for copies that differ in case, quotes, spacing.
    exact_key: str
    signature: np.ndarray
    #: For shared-passage: a 64-bit digest of each long passage's normalised text
    #: (digest64), in the order of those texts, and where it is first printed in
    #: the body (start, end), so the texts themselves need not be kept.
    passage_keys: np.ndarray
    passage_spans: np.ndarray
    #: duplicate-passage findings: paragraphs, sentences, quotations repeated in the body.
    repeats: tuple[Finding, ...]

    def __reduce__(self):
        # Its arrays as bytes: numpy's pickling of each (its dtype, then a call to numpy's
        # reconstruction) costs more than these small arrays' data, and the build reads
        # 100,000 of them from the cache (0.7 s).
        return _text_features, (self.exact_key, self.signature.tobytes(), self.passage_keys.tobytes(),
                                self.passage_spans.tobytes(), self.repeats)


def _text_features(exact_key: str, signature: bytes, passage_keys: bytes, passage_spans: bytes,
                   repeats: tuple[Finding, ...]) -> TextFeatures:
    """TextFeatures from its pickled form (read-only arrays over the pickle's bytes)."""
    return TextFeatures(exact_key, np.frombuffer(signature, dtype=minhash.SIGNATURE_DTYPE),
                        np.frombuffer(passage_keys, dtype=np.uint64),
                        np.frombuffer(passage_spans, dtype=np.int32).reshape(-1, 2), repeats)


def text_features(article_id: str, body: str) -> TextFeatures:
    units = [*paragraphs(body), *sentences(body), *quotations(body)]
    normal = {(u.kind, u.index): normalize(u.text) for u in units}
    long_passages: dict[str, tuple[int, int]] = {}
    for unit in units:
        key = normal[unit.kind, unit.index]
        if unit.kind != "paragraph" and length_in_words(key) >= SHARED_MIN_WORDS:
            long_passages.setdefault(key, (unit.start, unit.end))
    ordered = sorted(long_passages)
    return TextFeatures(
        exact_key=exact_key(body),
        signature=minhash.signature(minhash.shingle_hashes(body)),
        passage_keys=np.array([digest64(key) for key in ordered], dtype=np.uint64),
        passage_spans=np.array([long_passages[key] for key in ordered], dtype=np.int32).reshape(-1, 2),
        repeats=tuple(_repeated_units(article_id, units, normal)),
    )


def digest64(text: str) -> int:
    """64 bits of a text's hash, as a key: 1.5 million keys collide with odds of about one
    in ten million."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def passage_span(features: TextFeatures, key: int) -> tuple[int, int]:
    """Where a long passage, by its digest, is first printed in the body (start, end)."""
    start, end = features.passage_spans[int(np.flatnonzero(features.passage_keys == np.uint64(key))[0])]
    return int(start), int(end)


def passage_text(features: TextFeatures, body: str, key: int) -> str:
    """A long passage of ``body`` as printed, by its digest."""
    start, end = passage_span(features, key)
    return body[start:end]


def exact_key(body: str) -> str:
    """Equal for texts that differ only in case, quote marks and spacing."""
    return hashlib.sha256(normalize(body).encode()).hexdigest()


def _repeated_units(article_id: str, units: list[Unit], normal: dict) -> list[Finding]:
    """Repeats of paragraphs, then of sentences outside repeated paragraphs, then of
    quotations outside both: each repetition is reported once, at its largest. In a
    transcript, paragraphs only: its speakers repeat their sentences themselves."""
    findings = []
    covered: list[tuple[int, int]] = []
    transcript = is_transcript(unit.text for unit in units if unit.kind == "paragraph")
    for kind in ("paragraph",) if transcript else ("paragraph", "sentence", "quotation"):
        groups = defaultdict(list)
        for unit in units:
            key = normal[unit.kind, unit.index]
            if unit.kind == kind and key and length_in_words(key) >= REPEAT_MIN_WORDS and not _inside(unit, covered):
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

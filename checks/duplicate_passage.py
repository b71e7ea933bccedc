"""duplicate-passage: a paragraph, sentence or quotation repeated inside one article,
or a title printed more than once."""

from __future__ import annotations

import hashlib
from collections import defaultdict

from .finding import Finding
from .registry import CheckContext, register
from .text_units import normalize, paragraphs, quotations, sentences, word_count

CODE = "duplicate-passage"
#: Shorter sentences and quotations ("he said.") repeat by nature, not by mistake.
MIN_WORDS = 6


@register(CODE, "warning", "a paragraph, sentence or quotation repeated inside one article, or a repeated title")
def find_duplicate_passages(context: CheckContext) -> list[Finding]:
    articles = context.frames.get("articles")
    if articles is None:
        return []
    findings = []
    for article_id, body, title, title_repeats in zip(
        articles["article_id"], articles["body"], articles["title"], articles["title_repeats"]
    ):
        if title_repeats and title_repeats > 0:
            findings.append(
                Finding.new(CODE, "warning", "articles", [article_id],
                            f"the title is printed {int(title_repeats) + 1} times at the top of the article",
                            evidence=f"“{title}”", attribute="title")
            )
        findings.extend(repeated_units(article_id, body))
    return findings


def repeated_units(article_id: str, body: str) -> list[Finding]:
    """Repeats of paragraphs, then of sentences outside repeated paragraphs, then of
    quotations outside both: each repetition is reported once, at its largest."""
    findings = []
    covered: list[tuple[int, int]] = []
    for units in (paragraphs(body), sentences(body), quotations(body)):
        groups = defaultdict(list)
        for unit in units:
            if word_count(unit.text) >= MIN_WORDS and not _inside(unit, covered):
                groups[normalize(unit.text)].append(unit)
        for key, copies in groups.items():
            if len(copies) < 2:
                continue
            covered.extend((u.start, u.end) for u in copies)
            kind = copies[0].kind
            where = ", ".join(f"{kind} {u.index} (characters {u.start}–{u.end})" for u in copies)
            findings.append(
                Finding.new(
                    CODE, "warning", "articles", [article_id],
                    f"a {kind} appears {len(copies)} times: {where}",
                    evidence=f"“{_shorten(copies[0].text)}”",
                    attribute=f"{kind}:{hashlib.sha256(key.encode()).hexdigest()[:16]}",
                )
            )
    return findings


def _inside(unit, spans) -> bool:
    return any(start <= unit.start and unit.end <= end for start, end in spans)


def _shorten(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

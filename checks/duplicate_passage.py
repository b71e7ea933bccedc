"""duplicate-passage: a paragraph, sentence or quotation repeated inside one article,
or a title printed more than once.

The repeats are found with each article's text features (text_features.py), since they
depend on the body alone."""

from __future__ import annotations

from ruchina.checks.finding import Finding
from ruchina.checks.records import value_rows
from ruchina.checks.registry import CheckContext, register
from ruchina.similarity.text_features import DUPLICATE_PASSAGE as CODE


@register(CODE, "warning", "a paragraph, sentence or quotation repeated inside one article, or a repeated title")
def find_duplicate_passages(context: CheckContext) -> list[Finding]:
    articles = context.frames.get("articles")
    if articles is None:
        return []
    features = context.text_features()
    findings = []
    for article_id, title, title_repeats in value_rows(articles, "article_id", "title", "title_repeats"):
        if not context.wanted([article_id]):
            continue
        if title_repeats and title_repeats > 0:
            findings.append(
                Finding.new(CODE, "warning", "articles", [article_id],
                            f"the title is printed {int(title_repeats) + 1} times at the top of the article",
                            evidence=f"“{title}”", attribute="title")
            )
        findings.extend(features[article_id].repeats)
    return findings

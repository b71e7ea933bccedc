"""unsupported-language: articles in a language ruchina has no language resources for.

A language is supported when the knowledge base has its event words
(``knowledge/events_<code>.yaml``: knowledge.base.has_language_resources); adding a language
is adding its files, so the check asks the knowledge base, never a list of its own. An
article in any other language still gets what needs no language: its articles row, the
knowledge base's names as written, and the text checks (duplicate-article,
duplicate-passage, shared-passage); extraction of its events, claims and new names is
skipped. One finding per language names every such article (a finding is about one fact:
ruchina cannot read that language yet), its id derived from the language alone, so it stays
when one more article in that language arrives. An article whose language was not decided
(a few words, no stopword) is read as English and is not reported.
"""

from __future__ import annotations

from ruchina.checks.finding import Finding
from ruchina.checks.records import value_rows
from ruchina.checks.registry import CheckContext, register
from ruchina.knowledge.base import has_language_resources

CODE = "unsupported-language"
#: Articles a finding's message names; its evidence quotes the first of them.
MESSAGE_MEMBERS = 20
LANGUAGE_INDEPENDENT = "its articles row, duplicate-article, duplicate-passage and shared-passage"


@register(CODE, "info", "an article in a language without language resources: only the "
                        "language-independent checks ran on it")
def find_unsupported_languages(context: CheckContext) -> list[Finding]:
    articles = context.frames.get("articles")
    if articles is None or not len(articles):
        return []
    by_language: dict[str, list[str]] = {}
    for article_id, language in value_rows(articles, "article_id", "language"):
        if language and not has_language_resources(language):
            by_language.setdefault(language, []).append(article_id)
    titles = dict(value_rows(articles, "article_id", "title"))
    return [
        _finding(language, sorted(article_ids), titles)
        for language, article_ids in sorted(by_language.items())
        if context.wanted(article_ids)
    ]


def _finding(language: str, article_ids: list[str], titles: dict) -> Finding:
    named = ", ".join(article_ids[:MESSAGE_MEMBERS]) + (
        f" and {len(article_ids) - MESSAGE_MEMBERS} more" if len(article_ids) > MESSAGE_MEMBERS else "")
    message = (f"{len(article_ids)} article(s) in language '{language}', which has no language resources "
               f"(no dataset/knowledge/events_{language}.yaml): only the language-independent parts ran on "
               f"{named} ({LANGUAGE_INDEPENDENT}); no events, claims or new names were extracted from them")
    first = article_ids[0]
    title = titles.get(first)
    evidence = f"{first}: “{title}”" if title else f"{first}: no title"
    return Finding.new(CODE, "info", "articles", article_ids, message, evidence=evidence,
                       attribute=f"language:{language}", id_records=[])

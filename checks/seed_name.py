"""seed-name: a seed file whose name is not the canonical ``NNN_<16 hex>.txt``.

The name is the article's id, which users cite; a name made by hand (``my article.txt``)
is reported so a curator can re-add the file with `ruchina add`, rather than trusted."""

from __future__ import annotations

import re

from ruchina.checks.finding import Finding
from ruchina.checks.records import value_rows
from ruchina.checks.registry import CheckContext, register

CODE = "seed-name"
CANONICAL = re.compile(r"^seeds/\d{3,}_[0-9a-f]{16}\.txt$")


@register(CODE, "warning", "a seed file name that is not the canonical NNN_<16 hex>.txt")
def find_noncanonical_names(context: CheckContext) -> list[Finding]:
    articles = context.frames.get("articles")
    if articles is None:
        return []
    return [
        Finding.new(CODE, "warning", "articles", [article_id],
                    f"{source_path} is not named NNN_<16 hex of its sha256>.txt; re-add it with `ruchina add` "
                    "so its id follows the convention", evidence=source_path)
        for article_id, source_path in value_rows(articles, "article_id", "source_path")
        if not CANONICAL.match(source_path)
    ]

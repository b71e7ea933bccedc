"""unlinked-entity: a proper name the knowledge base does not know yet."""

from __future__ import annotations

from ruchina.checks.finding import Finding
from ruchina.checks.registry import CheckContext, register

CODE = "unlinked-entity"


@register(CODE, "info", "a proper name not in the knowledge base")
def find_unlinked_entities(context: CheckContext) -> list[Finding]:
    entities = context.frames.get("entities")
    if entities is None:
        return []
    unlinked = entities[~entities["linked"].astype(bool)]
    return [
        Finding.new(
            CODE, "info", "entities", [row.entity_id],
            f"{row.name!r} ({row.entity_type}, {row.n_mentions} mention(s)) is not in the knowledge base; "
            "add it to dataset/knowledge/entities.yaml if it is a real entity",
            evidence=f"named in {', '.join(row.article_ids)} as {', '.join([row.name, *row.aliases])}",
        )
        for row in unlinked.itertuples(index=False)
        if context.wanted(row.article_ids)
    ]

"""Build the entities table: one row per entity named in any article."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

import pyarrow as pa

from ruchina.corpus.people_by_office import people_named_by_office
from ruchina.corpus.unnamed_places import places_named_through_others
from ruchina.extract.extraction import ArticleExtraction
from ruchina.knowledge.base import entity_catalog
from ruchina.schemas import ARROW_SCHEMAS


def entities_table(extractions: list[ArticleExtraction], events: Iterable = ()) -> pa.Table:
    """``events``: the events table's rows; a place one is at that the articles name only
    through a place inside it (a venue's city) is an entity of the table too."""
    catalog = entity_catalog()
    articles: dict[str, set[str]] = defaultdict(set)
    counts: Counter = Counter()
    surfaces: dict[str, set[str]] = defaultdict(set)
    discovered_types: dict[str, Counter] = defaultdict(Counter)
    discovered_names: dict[str, str] = {}
    for extraction in extractions:
        for mention in extraction.mentions:
            articles[mention.entity_id].add(extraction.article_id)
            counts[mention.entity_id] += 1
            surfaces[mention.entity_id].add(mention.surface)
            if not mention.linked:
                discovered_types[mention.entity_id][mention.entity_type] += 1
                discovered_names.setdefault(mention.entity_id, mention.name)
    events = list(events)
    for place, (article_ids, mentions) in places_named_through_others(extractions, events).items():
        articles[place].update(article_ids)
        counts[place] += mentions
    # (a leader an article tells only as "der Kremlchef": the events table's participant, the KB's person)
    for person, (article_ids, mentions) in people_named_by_office(extractions, events).items():
        articles[person].update(article_ids)
        counts[person] += mentions
    rows = []
    for entity_id in sorted(articles):
        known = catalog.get(entity_id)
        if known:
            name, entity_type, wikidata = known.name, known.entity_type, known.wikidata_id
            aliases = set(known.aliases) | set(known.short_forms) | set(known.names_in_languages) | surfaces[entity_id]
        else:
            name, wikidata = discovered_names[entity_id], None
            types = discovered_types[entity_id]
            # The most telling type seen in any article wins over MISC ("analyst KJ Noh" → PERSON).
            specific = Counter({t: n for t, n in types.items() if t != "MISC"})
            entity_type = min(specific, key=lambda t: (-specific[t], t)) if specific else "MISC"
            aliases = surfaces[entity_id]
        rows.append(
            {
                "entity_id": entity_id,
                "name": name,
                "entity_type": entity_type,
                "wikidata_id": wikidata,
                "aliases": sorted(a for a in aliases if a != name),
                "article_ids": sorted(articles[entity_id]),
                "n_mentions": counts[entity_id],
                "linked": known is not None,
            }
        )
    return pa.Table.from_pylist(rows, schema=ARROW_SCHEMAS["entities"])

"""The corpus: tables derived from every article's extraction (articles, entities, events, claims)."""

"""The curated knowledge base: entities, aliases, anchors, outlets, boilerplate and language resources as YAML data, and the code that reads them."""

"""The allowed values of the tables' categorical columns, declared once: the schemas
check them (schemas/<table>.py) and the layers below the schemas produce them (the
knowledge base's entity types, extraction's event types, date precisions and qualifiers,
a finding's severity), so both import them from here (docs/ARCHITECTURE.md, foundation)."""

#: entities.entity_type
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "MISC")
#: events.event_type
EVENT_TYPES = ("meeting", "call", "summit", "forum", "state_visit", "visit", "parade", "agreement", "founding", "other")
#: events.date_precision: how much of an event's date its reports state
DATE_PRECISIONS = ("day", "week", "month", "year", "unknown")
#: claims.value_precision: a claimed date states at least its year
CLAIM_DATE_PRECISIONS = ("day", "week", "month", "year")
#: claims.qualifier: how a claimed count relates to the value ("over 20 countries")
QUALIFIERS = ("exact", "over", "about", "under")
#: findings.severity
SEVERITIES = ("error", "warning", "info")

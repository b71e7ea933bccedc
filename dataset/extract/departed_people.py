"""The dead take part in no later event. Coverage of a treaty or an anniversary names the leaders
of the past beside today's ("the first pact since the alliance Stalin and Mao concluded in 1950",
"l'alliance conclue en 1950 par Staline et Mao"): told in the sentence of today's event, after its
word, they read as its people. The year a person died is knowledge (``died`` in
knowledge/entities.yaml); an event dated after that year has none of the people who died before
it. An undated event keeps them: it may be the history itself, told without its day.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.knowledge.base import entity_catalog


def alive_in(person: str, year: int) -> bool:
    """Whether the knowledge base lets ``person`` act in ``year``: none but the dead are excluded."""
    entity = entity_catalog().get(person)
    return entity is None or entity.died is None or year <= entity.died


def without_the_departed(events: list) -> None:
    """Take out of each dated event's reports the people who died before its year."""
    for event in events:
        if event.date is None:
            continue
        year = event.date.first.year
        for index, mention in enumerate(event.mentions):
            kept = tuple(p for p in mention.participant_ids if alive_in(p, year))
            if kept != mention.participant_ids:
                event.add(replace(mention, participant_ids=kept), index)

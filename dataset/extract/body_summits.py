"""A summit told by the name of its body in its own sentence, and the city of a body's summit
told with no place.

"Die Shanghaier Organisation für Zusammenarbeit (SOZ) ist am Donnerstag ... zu ihrem
Jahresgipfel zusammengekommen", "the two-day summit of the Group of 20", "G20 in Buenos
Aires: ... as summit closes": the summit is the body's (its knowledge-base name, "SCO Summit"),
though no alias of that name is written; that name is what ties the report to the body's
summit told by other articles (corpus/event_reports.py). Only where the sentence names one
body, and the article names no known event of the summit's kind (event_anaphora.py gives that
one then).

A body's summit that names no place, dated to the days of one of the body's editions the
knowledge base lists (knowledge/summit_editions.yaml: "SOZ feiert ... ihr Bestehen", held "in
ihrer Gründungsstadt" on 15 June 2006), is held in that edition's city, as a recurring event
held in one place is (named_event_places.py). Knowledge as data; the rules only read it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.event_mentions import ArticleEvent
from ruchina.extract.summit_bodies import known_summit
from ruchina.knowledge.summit_editions import Edition, recurring_summits

SUMMIT = "summit"


@lru_cache(maxsize=None)
def _bodies() -> tuple[tuple[str, re.Pattern[str], tuple[Edition, ...]], ...]:
    """(the body's summit's known event name, its names as whole words, its editions) of each
    body the knowledge base lists whose summit it knows."""
    bodies = []
    for summit in recurring_summits():
        name = known_summit(summit.body)
        if name is None:
            continue
        forms = sorted(set(summit.names), key=len, reverse=True)
        words = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")
        bodies.append((name, words, summit.editions))
    return tuple(bodies)


def name_and_place_body_summits(events: list[ArticleEvent]) -> None:
    """Name the summits their sentences tell by a body's name, then place the bodies' summits
    told with no place (after the article's known events gave their names and places)."""
    name_body_summits(events)
    place_body_summits(events)


def name_body_summits(events: list[ArticleEvent]) -> None:
    """Give each summit that names no known event the summit of the one body its sentences
    name (not a sentence told as earlier; not where they name two bodies)."""
    for event in events:
        # (a sentence naming an event of the body's, "a 'BRICS Plus' session", names that one)
        if event.event_names or SUMMIT not in event.types() or event.earlier:
            continue
        named = {name for m in event.mentions if m.event_type == SUMMIT and not m.earlier
                 for name, words, _ in _bodies() if words.search(m.sentence)}
        if len(named) == 1:
            event.event_names.update(named)
            event.__dict__.pop("own_names", None)


def place_body_summits(events: list[ArticleEvent]) -> None:
    """Place each body's summit that names no place, dated to days inside one of the body's
    editions, in that edition's city."""
    for event in events:
        date = event.date
        if event.location_id is not None or date is None or date.precision != "day" or SUMMIT not in event.types():
            continue
        cities = {e.city.entity_id for name, _, editions in _bodies() if name in event.own_names
                  for e in editions if e.start <= date.first and date.last <= e.end}
        if len(cities) == 1:
            event.assumed_location = cities.pop()
            event.__dict__.pop("location_id", None)

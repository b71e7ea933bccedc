"""A visit of several days told as a tour of the host country's cities without naming them ("reiste
durch mehrere Städte des Landes", "其间还参观了多座城市", "toured several cities"): the trip is the
country's, not the city's it began in, as when the page names the second city (visit_onward_cities.py,
benchmarks/gold/README.md: a visit told in two cities takes its country).

What ties the tour to the visit: the sentence that tells it names one of the visit's people, or tells
the visit too, or talks during it that share one of its people ("In den folgenden Tagen verhandelte die
Delegation mit Mao ... und reiste durch mehrere Städte"). The visit must span days (a one-day stop tours nothing) and be placed in a city
the knowledge base puts in a country. The words are the language's `toured_cities`
(knowledge/events_<language>.yaml); "visited several cities" of another trip, told in a sentence of no
report of this visit, places nothing. The city is kept as the trip's itinerary (corpus/event_rows.py
reads a trip told whole by it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ruchina.extract.event_report import TITLE
from ruchina.extract.event_words import listed_words
from ruchina.knowledge.base import entity_catalog

#: where a sentence ends: its stop and the space after it, or a line break
_SENTENCE_END = re.compile(r"[.!?。！？][\"”’']?\s*|\n")


def place_toured_visits(events: list, body: str, body_mentions: list, language: str) -> None:
    """Place in its country each visit of several days whose sentence tells a tour of its cities."""
    pattern = listed_words(language, "toured_cities")
    if pattern is None:
        return
    catalog = entity_catalog()
    for visit in events:
        date, city = visit.date, visit.location_id
        if (visit.family != "visit" or visit.earlier or date is None or date.precision != "day"
                or date.last <= date.first or not visit.participants or city is None):
            continue
        holders = catalog.places_containing(city)
        if not holders:
            # (a country already: a city the tour's sentence names in it is kept as the trip's itinerary)
            _mark_tour_of_country(visit, events, pattern, body, body_mentions, catalog)
            continue
        country = holders[-1]
        if not (any(pattern.search(m.sentence) for m in _sentences_of(visit, events))
                or any(people & visit.participants for _, _, people in _tours_told(pattern, body, body_mentions))):
            continue
        for position, mention in enumerate(visit.mentions):
            if mention.location_id == city:
                visit.add(replace(mention, location_id=country,
                                  itinerary=tuple(sorted({*mention.itinerary, city}))), position)


def _mark_tour_of_country(visit, events: list, pattern: re.Pattern, body: str, body_mentions: list, catalog) -> None:
    """A visit placed in a country whose sentence tells a tour and names a city of that country ("побывал
    в ряде провинций, в том числе в Шэньчжэне", "参观了深圳等地"): the city kept as its itinerary, so that
    across articles the trip stays the country's over another report's city of arrival."""
    country = visit.location_id
    spans = [(m.sentence_start, m.sentence_end) for m in _sentences_of(visit, events)
             if m.part != TITLE and pattern.search(m.sentence)]
    spans += [(start, end) for start, end, people in _tours_told(pattern, body, body_mentions)
              if people & visit.participants]
    for start, end in spans:
        cities = sorted({m.entity_id for m in body_mentions if m.entity_id != country and start <= m.start < end
                         and country in catalog.places_containing(m.entity_id)})
        if not cities:
            continue
        for position, mention in enumerate(visit.mentions):
            if mention.location_id == country:
                visit.add(replace(mention, itinerary=tuple(sorted({*mention.itinerary, *cities}))), position)
        return


def _sentences_of(visit, events: list):
    """The reports of the visit, and of talks on its days that share one of its people."""
    yield from visit.mentions
    for event in events:
        if (event is not visit and "meeting" in event.types() and event.participants & visit.participants
                and (event.date is None or visit.date.first <= event.date.first <= visit.date.last)):
            yield from event.mentions


def _tours_told(pattern: re.Pattern, body: str, body_mentions: list):
    """Each sentence of the body that tells a tour: where it starts and ends, and the people it names."""
    people = [m for m in body_mentions if m.entity_type == "PERSON"]
    for match in pattern.finditer(body):
        start = max((m.end() for m in _SENTENCE_END.finditer(body, 0, match.start())), default=0)
        end = next((m.start() + 1 for m in _SENTENCE_END.finditer(body, match.end())), len(body))
        yield start, end, {m.entity_id for m in people if start <= m.start < end}

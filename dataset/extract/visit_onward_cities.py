"""A visit whose visitor the article tells going on to another city of the same country during it:
"He lands in Beijing on Monday ... He is expected to go on to Shanghai on Thursday before flying
home", "will spend the weekend in Leningrad", "leaves Beijing for Shanghai on Thursday, the last day
of his visit". The trip is the country's, not the city's it began in (benchmarks/gold/README.md: a
visit told in two cities takes its country), though the stop itself is travel, no event of its own,
so no other rule sees a second city (event_itineraries.py needs a later event of the visitor's,
corpus/visit_spans.py an event held in the other city).

What ties the stop to the visit: one of the visit's people is named in the sentence before the
words of travel (the language's `onward_travel`, knowledge/events_<language>.yaml), the place right
after them is a city of the country that holds the visit's city, and a day the sentence gives after
those words lies after the visit's first day and within its days. A city of another country ("the
trip will also take him to Kyiv"), someone else's travel, or a stop on a day outside the visit
places nothing. The visit keeps its days; its reports placed in its city are placed in the country,
the stop kept as its itinerary (which corpus/event_rows.py reads as a trip told whole).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ruchina.extract.date_clauses import clause_dates
from ruchina.extract.event_itineraries import LONGEST_TRIP, holding_place
from ruchina.extract.event_words import listed_words
from ruchina.extract.tenses import sentence_tense
from ruchina.knowledge.base import entity_catalog

#: where a sentence ends: its stop and the space after it, or a line break
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+|\n")
#: at most this many characters between the words of travel and the city ("for the city of" aside)
_GAP = 2


def place_visits_going_on(events: list, body: str, body_mentions: list, published, language: str) -> None:
    """Place in the country each visit whose visitor the article tells going on to another of its cities."""
    pattern = listed_words(language, "onward_travel")
    if pattern is None or published is None:
        return
    stops = list(_onward_stops(pattern, body, body_mentions))
    if not stops:
        return
    for visit in events:
        if visit.family != "visit" or visit.date is None or not visit.participants:
            continue
        city = visit.location_id
        if not _specific(city):
            continue
        for sentence, cue_end, people, stop in stops:
            if not (people & visit.participants) or stop == city or not _specific(stop):
                continue
            country = holding_place(city, [stop])
            if country is None or _specific(country) or not _on_the_visits_days(visit, sentence, cue_end, published,
                                                                                language):
                continue
            _place_in(visit, city, country, stop)
            break


def _onward_stops(pattern: re.Pattern, body: str, body_mentions: list):
    """(sentence, where its words of travel end in it, the people named before them, the place right after)."""
    places = [m for m in body_mentions if m.entity_type in ("GPE", "LOC")]
    people = [m for m in body_mentions if m.entity_type == "PERSON"]
    for match in pattern.finditer(body):
        stop = next((m for m in places if 0 <= m.start - match.end() <= _GAP), None)
        if stop is None:
            continue
        start = max((m.end() for m in _SENTENCE_END.finditer(body, 0, match.start())), default=0)
        end = next((m.start() + 1 for m in _SENTENCE_END.finditer(body, match.end())), len(body))
        before = {m.entity_id for m in people if start <= m.start < match.start()}
        if before:
            yield body[start:end], match.end() - start, frozenset(before), stop.entity_id


def _on_the_visits_days(visit, sentence: str, cue_end: int, published, language: str) -> bool:
    """No day after the words of travel, or one after the visit's first day and within it."""
    date = visit.date
    days = [d for d in clause_dates(sentence, published, sentence_tense(sentence, language), language)
            if d.precision == "day" and d.char_start >= cue_end]
    if not days:
        return True
    last = date.last if date.last > date.first else date.first + LONGEST_TRIP
    return any(date.first < d.first <= last for d in days)


def _place_in(visit, city: str, country: str, stop: str) -> None:
    catalog = entity_catalog()
    for position, mention in enumerate(visit.mentions):
        where = mention.location_id
        if where == city or (where and where != country and country in catalog.places_containing(where)):
            visit.add(replace(mention, location_id=country, itinerary=tuple(sorted({*mention.itinerary, stop}))),
                      position)


def _specific(place: str | None) -> bool:
    """A city or a venue: a place the knowledge base puts inside another (a country is not)."""
    if place is None:
        return False
    known = entity_catalog().get(place)
    return known is not None and known.located_in is not None

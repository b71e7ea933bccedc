"""A visit told as the frame of its visitor's talks in another city ("met in the capital on
Friday, at the heart of a state visit he began on Wednesday in the port city"): the visit spans
both cities, so it is placed in the country (or region) that holds them, not in the city of its
first day. The talks must share a person with the visit, be told in the visit's own sentence and
fall on its days; talks in a city of another country leave the visit where it was
(event_itineraries.py does the same for the days a sentence tells after an arrival).

So too a visit its words place nowhere, whose days hold its visitor's talks in two cities ("Am
Montag ... in Hangzhou verhandelt", "am Dienstag in Peking empfangen", "der zweitägige Besuch endet
heute"): the place holding both (place_visits_by_their_talks). Talks in one city only do not place
it: the visit may be a tour of which the article tells one stop.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_itineraries import LONGEST_TRIP, holding_place


def place_visits_framing_talks(events: list) -> None:
    """Place each visit whose sentence tells the visitor's talks elsewhere during it in the
    place holding both."""
    for visit in events:
        date = visit.date
        if (visit.family != "visit" or visit.earlier or date is None or date.precision != "day"
                or not visit.location_id or not visit.participants):
            continue
        told = next((m for m in visit.mentions if m.date is date), None)
        if told is None:
            continue
        elsewhere = sorted({e.location_id for e in events
                            if e is not visit and e.family != "visit" and e.location_id
                            and e.location_id != visit.location_id and _talks_during(e, visit, told)})
        if not elsewhere:
            continue
        place = holding_place(visit.location_id, elsewhere)
        if place is None or place == visit.location_id:
            continue
        old = visit.location_id
        for position, mention in enumerate(list(visit.mentions)):
            if mention.location_id == old:
                visit.add(replace(mention, location_id=place), position)


def _talks_during(event, visit, told) -> bool:
    first, last = visit.date.first, visit.date.last
    last = last if last > first else first + LONGEST_TRIP  # (a visit dated by its first day only)
    return ("meeting" in event.types() and bool(event.participants & visit.participants) and event.date is not None
            and event.date.precision == "day" and first <= event.date.first <= last
            and any((m.part, m.sentence_start) == (told.part, told.sentence_start) for m in event.mentions))


def place_visits_by_their_talks(events: list) -> None:
    """Place each visit of several days that no report places in the place holding the cities of
    its visitor's talks on its days, where they are two or more."""
    for visit in events:
        date = visit.date
        if (visit.family != "visit" or visit.earlier or visit.location_id or date is None
                or date.precision != "day" or date.last <= date.first or not visit.participants):
            continue
        cities = sorted({e.location_id for e in events if e is not visit and e.family != "visit" and e.location_id
                         and "meeting" in e.types() and e.participants & visit.participants
                         and e.date is not None and e.date.precision == "day"
                         and date.first <= e.date.first <= e.date.last <= date.last})
        place = holding_place(cities[0], cities[1:]) if len(cities) > 1 else None
        if place is not None:
            visit.add(replace(visit.mentions[0], location_id=place), 0)

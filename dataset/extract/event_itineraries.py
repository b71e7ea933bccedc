"""A visit told as an itinerary: "He arrived in Tianjin on Sunday for the summit, held talks with Xi
in Beijing on Tuesday, and on Wednesday stood beside him at the parade". The arrival's sentence
goes on to tell what the visitor did on the days after, at other places: the visit lasts to the
last of those days and is placed in the country (or region) that holds all of its places, not in
the city of the arrival. What ties the later days to the visit is a report of the visitor's, in
the same sentence, dated after the arrival (the talks on Tuesday): then every later day that
sentence names is a day of the trip. A visit whose sentence tells of nothing the visitor did
later keeps its one day and its place, and so does a visit told as the frame of talks the sentence
opens with ("met on Wednesday during a visit that began on Monday").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ruchina.extract.date_clauses import clause_dates
from ruchina.extract.tenses import sentence_tense
from ruchina.knowledge.base import entity_catalog

#: a trip told in one sentence lasts at most this long
LONGEST_TRIP = dt.timedelta(days=14)


def stretch_itineraries(events: list, language: str) -> None:
    """Give each visit told with the visitor's later days in its sentence those days and the
    place holding all of its places."""
    for visit in events:
        date = visit.date
        if (visit.family != "visit" or visit.earlier or date is None or date.precision != "day"
                or date.first != date.last or not visit.participants or visit.published is None):
            continue
        told = next((m for m in visit.mentions if m.date is date and m.date_sentence is None), None)
        if told is None:
            continue
        later = [e for e in events if e is not visit and e.family != "visit" and _later_day_of(e, visit, told)]
        if not later:
            continue
        days = [d.last for d in clause_dates(told.sentence, visit.published, sentence_tense(told.sentence, language),
                                             language)
                if d.precision == "day" and d.char_start >= date.char_end and _within(d.last, date.first)]
        last = max([*days, *(e.date.last for e in later)])
        place = holding_place(visit.location_id, [e.location_id for e in later if e.location_id])
        position = visit.mentions.index(told)
        visit.add(replace(told, date=replace(date, last=last), location_id=place or told.location_id,
                          itinerary=tuple(sorted({e.location_id for e in later if e.location_id}))), position)


def _later_day_of(event, visit, told) -> bool:
    """A report of the visitor's told after the arrival's day in the visit's sentence, dated to a
    day after it (not the talks a sentence opens with, "met Putin on Wednesday during a visit that
    began on Monday": the visit is their frame, not an itinerary)."""
    return (bool(event.participants & visit.participants) and event.date is not None
            and event.date.precision == "day" and event.date.first > visit.date.last
            and _within(event.date.last, visit.date.first)
            and any((m.part, m.sentence_start) == (told.part, told.sentence_start) and m.scope[0] >= told.date.char_end
                    for m in event.mentions))


def _within(day: dt.date, first: dt.date) -> bool:
    return first < day <= first + LONGEST_TRIP


def holding_place(place: str | None, others: list[str]) -> str | None:
    """The nearest place that holds ``place`` and each of ``others`` (Tianjin and Beijing: China),
    ``place`` itself when it holds them all; None when none does, or ``place`` is not known."""
    if place is None:
        return None
    catalog = entity_catalog()
    for holder in (place, *catalog.places_containing(place)):
        if all(other == holder or holder in catalog.places_containing(other) for other in others):
            return holder
    return None

"""A trip told as the way to a gathering held where it goes: "On Saturday Putin flies to Qingdao,
where the SCO summit is held on 9-10 June", "вылетит в Циндао, где пройдёт саммит". The
traveller attends the summit, at the trip's place; the trip is no event of its own (its day
is the summit's). So too a visit whose relative clause tells its visitor attending a summit ("la
visita de Putin, que asistirá el domingo y el lunes a la cumbre de la OCS en Tianjin", "the visit of
X, who will attend the summit"): the trip to the summit, which holds the visitor (trips_to_summits).
Called by extraction.py on one article's merged events (ArticleEvent).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ruchina.extract.event_words import EventWords

#: the comma that opens the relative clause after the trip's place (", where")
_COMMA = re.compile(r",\s*")


def summits_at_trip_destinations(words: EventWords, events: list) -> list:
    """Give a summit or forum that names no one the people and place of a trip told in the same
    sentence, before it, whose place a relative clause holding the summit follows (", where the
    summit ..."); the trip leaves ``events``. Not a summit that names people of its own or another
    place, one told in another sentence, nor one after a trip in another clause (", and the summit")."""
    trips_taken = []
    for summit in events:
        if summit.participants or not summit.types() <= {"summit", "forum"}:
            continue
        for position, told in enumerate(summit.mentions):
            trip = _trip_before(words, events, summit, told)
            if trip is not None:
                summit.add(replace(told, participant_ids=tuple(sorted(trip.participants)),
                                   location_id=trip.location_id), position)
                trips_taken.append(trip)
                break
    return [event for event in events if not any(event is trip for trip in trips_taken)]


def _trip_before(words: EventWords, events: list, summit, told):
    for trip in events:
        if (trip is summit or trip.types() != {"visit"} or not trip.participants or trip.location_id is None
                or trip.earlier or summit.location_id not in (None, trip.location_id)):
            continue
        for mention in trip.mentions:
            if (mention.part, mention.sentence_start) != (told.part, told.sentence_start):
                continue
            between = told.sentence[mention.scope[1] - 1:told.scope[0] + 1] if mention.scope[1] <= told.scope[0] else ""
            comma = _COMMA.search(between)
            if comma and words.relative_word.match(between, comma.end()) and mention.status == told.status:
                return trip
    return None


def trips_to_summits(words: EventWords, events: list) -> list:
    """``events`` less each visit told in a sentence whose relative clause after the visit's word tells
    its visitor attending a summit or forum of that sentence (of its status, holding the visitor, at
    no other place): the trip to it, no visit of its own. Not a visit with a report elsewhere, nor one
    whose clause tells something else ("the visit of X, whose talks with Y ...")."""
    gatherings = [e for e in events if e.types() <= {"summit", "forum"}]
    trips = [trip for trip in events if trip.types() == {"visit"} and trip.participants and len(trip.mentions) == 1
             and any(_clause_attends(words, trip.mentions[0], g) for g in gatherings)]
    return [event for event in events if not any(event is trip for trip in trips)]


def _clause_attends(words: EventWords, visit, gathering) -> bool:
    if not set(visit.participant_ids) <= gathering.participants:
        return False
    if visit.location_id is not None and gathering.location_id not in (None, visit.location_id):
        return False
    for told in gathering.mentions:
        if (told.part, told.sentence_start) != (visit.part, visit.sentence_start) or told.status != visit.status:
            continue
        sentence = told.sentence
        # (from the visit's word to the gathering's after it: "visita de Putin, que asistirá ... a la cumbre")
        trip = next((t for t in words.trigger.finditer(sentence, visit.scope[0]) if t.lastgroup == visit.event_type), None)
        goal = trip and next((t for t in words.trigger.finditer(sentence, trip.end())
                              if t.lastgroup in ("summit", "forum")), None)
        if goal is None:
            continue
        comma = _COMMA.search(sentence, trip.end(), goal.start())
        # (only the visitor's name between the word and the comma: "la visita de Putin, que")
        if (comma and len(sentence[trip.end():comma.start()].split()) <= 4
                and words.relative_word.match(sentence, comma.end())):
            return True
    return False

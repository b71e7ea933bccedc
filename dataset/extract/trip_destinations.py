"""A trip told as the way to a gathering held where it goes: "On Saturday Putin flies to Qingdao,
where the SCO summit is held on 9-10 June", "вылетит в Циндао, где пройдёт саммит". The
traveller attends the summit, at the trip's place; the trip is no event of its own (its day
is the summit's). Called by extraction.py on one article's merged events (ArticleEvent).
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

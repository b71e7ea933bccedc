"""An event the body places only in a country ("met the Supreme Leader in Iran on Tuesday") under
a title that puts the story in one city of that country ("Putin seeks allies in Tehran"): held in
that city. The title states where the story happens at the finer grain; the body's country is
the same place told coarser, and a report of the event elsewhere that names the city then agrees
with this one.

Not a visit: a visit may take its visitor to several cities of the country, and is placed in the
country that holds them (event_itineraries.py). Not an earlier event told in passing, which the
title does not tell of. Only a city the title names after a venue preposition ("in Tehran"), not
one named as a side or a topic ("Tehran talks with Moscow"), and only where the title names no other
city: two tell an itinerary. And the story's main event, held talks the body places nowhere, with a
person the title names in that city ("À Pékin, X vient chercher des investisseurs" over "X a été reçu
mercredi par Y"): held there.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import entity_catalog


def place_in_the_titles_city(words: EventWords, events: list, title: str | None, title_mentions: list[Mention]) -> None:
    """Move each event placed in a country to the one city of it the title places the story in."""
    city = _the_titles_city(words, title, title_mentions)
    if city is None:
        return
    catalog = entity_catalog()
    holders = set(catalog.places_containing(city))
    titled = {m.entity_id for m in title_mentions if m.entity_type == "PERSON"}
    for event in events:
        country = event.location_id
        if country is None and _held_by_the_titles_person(words, event, titled):
            event.assumed_location = city
            event.__dict__.pop("location_id", None)
            continue
        if event.family == "visit" or event.earlier or country is None or country not in holders:
            continue
        for position, mention in enumerate(list(event.mentions)):
            if mention.location_id == country:
                event.add(replace(mention, location_id=city), position)


def _held_by_the_titles_person(words: EventWords, event, titled: set[str]) -> bool:
    """Whether the event is the story's main one, placed by no word, held (not to come), by a
    meeting's words (not a call's, which has no place; not a visit's, which may span the country)
    and with a person the title names in the city ("À Pékin, X cherche des investisseurs" over "X a
    été reçu mercredi par Y")."""
    return (event.main and not event.earlier and event.family == "gathering" and bool(event.participants & titled)
            and all(m.event_type == "meeting" and m.status == "occurred" for m in event.mentions)
            and not any(m.event_type in words.no_place for m in event.mentions))


def _the_titles_city(words: EventWords, title: str | None, title_mentions: list[Mention]) -> str | None:
    if not title:
        return None
    catalog = entity_catalog()
    cities = [m for m in title_mentions if m.entity_type == "GPE" and catalog.places_containing(m.entity_id)]
    if len({m.entity_id for m in cities}) != 1:  # ("From Antalya to Ankara": an itinerary)
        return None
    venues = [m for m in cities if words.venue_before.search(title[max(0, m.start - 48):m.start])]
    return venues[0].entity_id if venues else None

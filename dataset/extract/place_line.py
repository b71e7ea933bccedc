"""The place an article says it is from (its place line: "The Kremlin, Moscow" printed
beside the date, a dateline's city) and the main event placed there.

A place line says where the story was written. That is where the article's main event
happened when the event is a meeting, a visit or a ceremony whose sentences name no place
(a page headed "Novo-Ogaryovo, Moscow Region" reporting "Vladimir Putin met with ..."). It
is not where a call happened (a call joins two places: it has none), nor where a planned
event or an event the text names another place for will happen; a sentence's place always
wins over it, unless the sentences name only a place that holds the line's (a country:
"BUSAN, South Korea" above "talks in South Korea" is the same place at a finer grain).
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_mentions import BODY, ArticleEvent
from ruchina.extract.event_places import venue_city
from ruchina.extract.event_words import DEFAULT_LANGUAGE, event_words
from ruchina.extract.linking import Mention, link_entities
from ruchina.extract.remote_gatherings import held_by_video_between_countries
from ruchina.knowledge.base import country_of, entity_catalog

#: The entity types a place line names, most specific first (a hall, a city, a region).
_PLACE_TYPES = {"FAC": 0, "GPE": 1, "LOC": 2}


def place_line_mentions(place: str, language: str = DEFAULT_LANGUAGE) -> list[Mention]:
    """The known places the line names; "the Kremlin" of a place line is the building."""
    catalog = entity_catalog()
    found = []
    for mention in link_entities(place, False, language):
        known = catalog.get(mention.entity_id)
        if mention.entity_type not in _PLACE_TYPES and known is not None and known.locative_sense:
            sense = catalog.named(known.locative_sense)
            mention = replace(mention, entity_id=sense.entity_id, name=sense.name, entity_type=sense.entity_type)
        if mention.entity_type in _PLACE_TYPES:
            found.append(mention)
    return found


def place_line_location(place: str, line_mentions: list[Mention], body_mentions: list[Mention]) -> str | None:
    """The entity the place line puts the story in: its most specific known place (a venue
    as its city: "The Kremlin, Moscow" is Moscow, as "The Kremlin" alone), else a place the
    body names as the line writes it (a town the knowledge base lacks)."""
    if line_mentions:
        best = min(line_mentions, key=lambda m: (_PLACE_TYPES[m.entity_type], m.start))
        return venue_city(best.entity_id)
    head = place.split(",")[0].strip().casefold()
    return next((m.entity_id for m in body_mentions
                 if m.entity_type in _PLACE_TYPES and m.surface.casefold() == head), None)


def place_main_event(events: list[ArticleEvent], location_id: str | None, language: str = DEFAULT_LANGUAGE) -> None:
    """Put the article's main event at the place line's place when nothing else places it:
    its headline reports it as occurred (not planned, not an earlier event), no sentence
    gives it a place, and it happens there: not a call, nor a summit or a forum attended by
    video link. (A meeting the President chairs by video link from his residence is held
    there: the page's place is his; talks by video link between two sides are a call.)"""
    if location_id is None:
        return
    _at_the_lines_city(events, location_id)
    main = next((e for e in events if e.main), None)
    if main is None or main.earlier or (main.location_id is not None and not _inside(location_id, main.location_id)):
        return
    words = event_words(language)
    if any(m.event_type in words.no_place for m in main.mentions) or main.mentions[0].status != "occurred":
        return  # (a later "this meeting will give a boost" is no announcement of it)
    if main.mentions[0].event_type != "meeting" and any(
            words.remote.search(m.sentence, *m.scope) for m in main.mentions if m.part != BODY):
        return  # "addressed the summit via videoconference": the summit is where its host is
    if held_by_video_between_countries(main, language):
        return  # (two premiers at their own desks: the line is where one of them sat, no host's seat)
    if main.location_id is not None:
        # ("BUSAN, South Korea" above "talks in South Korea": the line's city is the same
        # place at a finer grain; the sentences' country does not contradict it)
        country = main.location_id
        main.mentions[:] = [replace(m, location_id=location_id) if m.location_id == country else m
                            for m in main.mentions]
    elif not told_held_elsewhere(main, events, location_id):
        main.assumed_location = location_id
    main.__dict__.pop("location_id", None)


def told_held_elsewhere(main: ArticleEvent, events: list[ArticleEvent], location_id: str) -> bool:
    """Whether a sentence that tells the main event places another event of its people away from the
    line's place: "HONG KONG - X and Y signed a declaration in Beijing today, on a visit ...": the
    line is where the reporter sat, and the visit is where its signing was, not there."""
    told = {m.sentence_key for m in main.mentions}
    catalog = entity_catalog()
    # (a city or a venue the knowledge base places: "at the APEC summit in Peru" under "LIMA" names the
    # line's country, or a place it cannot tell from the line's, no other city)
    # (of the main event's days: "after the summit in St Petersburg last month" tells another trip)
    return any(other is not main and other.location_id is not None and other.participants & main.participants
               and not other.earlier and (known := catalog.get(other.location_id)) is not None
               and ((_same_days(other, main) and known.located_in is not None and other.location_id != location_id
                     and not _inside(location_id, other.location_id) and not _inside(other.location_id, location_id)
                     and any(m.sentence_key in told and m.location_id == other.location_id for m in other.mentions))
                    or _visit_to_another_country(other, main, told, location_id))
               for other in events)


def _visit_to_another_country(visit: ArticleEvent, main: ArticleEvent, told: set, location_id: str) -> bool:
    """Whether the sentence of the main event tells a visit of its people under way (held, on the main
    event's days or told with no day: "who is on a visit"), placed (there or by another sentence) in a
    country other than the line's city's: "BEIJING - Putin received Wang, who is visiting Russia" (the
    line is the agency's seat; the meeting is in Russia, a visit spanning many cities)."""
    return (visit.family == "visit" and (visit.date is None or _same_days(visit, main))
            and _another_country(visit.location_id, location_id)
            and any(m.sentence_key in told and m.status == "occurred" and m.location_id in (None, visit.location_id)
                    for m in visit.mentions))


def _another_country(country: str, line_place: str) -> bool:
    """Whether ``country`` is a country other than the one the knowledge base puts the line's city in:
    "BEIJING" above "received X, who is visiting Russia" is the reporter's seat, the meeting is in Russia.
    (A line's place of no known country cannot be told apart from it.)"""
    line_country = country_of(line_place)
    name = entity_catalog().get(country).name
    return line_country is not None and country_of(country) == name and name != line_country


def _same_days(event: ArticleEvent, other: ArticleEvent) -> bool:
    """Both dated, to days that overlap."""
    a, b = event.date, other.date
    return a is not None and b is not None and a.first <= b.last and b.first <= a.last


def _at_the_lines_city(events: list[ArticleEvent], location_id: str) -> None:
    """Another report of the headline or the lead than the main event, held (not planned, not an
    earlier event's) in the country that holds the line's city, is at the city: "PYONGYANG"
    above "left North Korea at the end of a state visit" is the same place at a finer grain."""
    for event in events:
        if event.main or event.earlier or event.location_id is None or not _inside(location_id, event.location_id):
            continue
        if event.mentions[0].status != "occurred" or all(m.part == BODY for m in event.mentions):
            continue
        country = event.location_id
        event.mentions[:] = [replace(m, location_id=location_id) if m.location_id == country else m
                             for m in event.mentions]
        event.__dict__.pop("location_id", None)


def _inside(place: str, other: str) -> bool:
    """Whether the knowledge base puts ``place`` inside ``other`` (Busan in South Korea)."""
    return other in entity_catalog().places_containing(place)


def place_reports_of_the_day(events: list[ArticleEvent], language: str = DEFAULT_LANGUAGE) -> None:
    """A report that happened with the main event (dated by it: event_mentions.py's reports of
    the day's story, of its people, with no time of their own) and names no place happened at
    the main event's place: "The leaders signed a joint statement" after their talks in the
    Kremlin. Not a call, which has no place."""
    main = next((e for e in events if e.main), None)
    if main is None or main.location_id is None or main.date is None:
        return
    words = event_words(language)
    for event in events:
        if (event is not main and (event.assumed_date is main.date or _same_day_same_people(event, main))
                and event.location_id is None and not any(m.event_type in words.no_place for m in event.mentions)):
            event.assumed_location = main.location_id
            event.__dict__.pop("location_id", None)


def _same_day_same_people(event: ArticleEvent, main: ArticleEvent) -> bool:
    """A meeting told on the main event's very day with one of its people ("Xi also met the
    prime minister on Tuesday", the day of his talks in the Kremlin): held where that person
    was that day, when that is a city or a venue (a visit to a country has many places). Only
    a meeting: a visit or a summit told that day may be elsewhere; not an earlier meeting."""
    known = entity_catalog().get(main.location_id)
    return ((known is None or known.located_in is not None) and event.family == "gathering" and not event.earlier
            and all(m.event_type == "meeting" for m in event.mentions)
            and event.date is not None and main.date.precision == event.date.precision == "day"
            and (event.date.first, event.date.last) == (main.date.first, main.date.last)
            and bool(event.participants & main.participants))

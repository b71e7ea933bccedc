"""Where an event a sentence reports happens: a place after "in"/"at" in the event word's
clause (or right before a noun event word: "the Astana summit", or right after it and its "de" where the
language puts it there: "le sommet d'Antalya", places_after_nouns.py; or a body named for its seat
there: "the Kremlin meeting"; right after one whose object is a place: "will visit India"), not a topic ("the situation in Gaza") nor a side ("the
Russia-ASEAN summit") nor a source ("according to India's foreign ministry"); the most specific such place, then the nearest. A venue places the
event in the city the knowledge base puts it in (the Great Hall of the People: Beijing),
whether or not the article names that city: a report naming the hall and one naming the
city tell of one place (the evidence sentence still names the venue).
"""

from __future__ import annotations

import re

from ruchina.extract.capital_phrases import with_capitals
from ruchina.extract.dates_same_day import same_day_as_another_act
from ruchina.extract.dropped_plans import place_of_a_dropped_plan
from ruchina.extract.event_words import EventWords, listed_words
from ruchina.extract.linking import Mention
from ruchina.extract.named_venue_cities import after_a_named_venue, city_of_an_unknown_venue
from ruchina.extract.next_leg_places import place_of_the_next_leg
from ruchina.extract.places_after_nouns import city_after_noun
from ruchina.extract.possessive_places import possessor_of_another_event
from ruchina.extract.speaker_seats import speaker_seat
from ruchina.extract.stance_parties import stance_party
from ruchina.extract.tour_stops import place_of_another_stop
from ruchina.extract.video_seats import chair_seat
from ruchina.extract.visit_returns import place_gone_back_to
from ruchina.extract.visits_cut_short import place_after_a_cut_short_visit
from ruchina.extract.where_places import place_before_where
from ruchina.knowledge.base import entity_catalog

_LOCATION_TYPES = ("GPE", "FAC", "LOC")
#: a place joined by a dash to another name ("Russia-ASEAN", "Russia–Africa"): a side, no venue;
#: or to a word in lower case ("the U.S.-led war", "a Kremlin-backed party"): an adjective of
#: something else, no venue
_COMPOUND_AFTER = re.compile(r"[-–—](?:[A-Z]|[a-z]+\b)")
_SPECIFIC = {"FAC": 0, "GPE": 1, "LOC": 2}
#: the event types whose word a wide region before it names ("the Far East forum")
_GATHERING_WORDS = frozenset({"forum", "summit"})
#: the event types whose word tells talks held in a room, never in a wide region
_TALKS_WORDS = frozenset({"meeting", "call", "agreement"})
#: how far after the talks' word a wide region may still be where they are held ("talks held in Siberia")
_REGION_REACH = 24


def location(words: EventWords, sentence: str, mentions: list[Mention], trigger_start: int, trigger_end: int,
             scope: tuple[int, int], own_act: bool = False) -> str | None:
    # ("in the Tajik capital", "la capital de Brasil": the capital the knowledge base gives the country)
    places = with_capitals([m for m in mentions if m.entity_type in _LOCATION_TYPES], sentence, words.language)
    # ("签署了《关于中华人民共和国和俄罗斯联邦相互关系基础的联合声明》": a country in a document's title is none
    # of the signing's places)
    places = [m for m in places if not inside_title_marks(sentence, m.start)]
    # "will visit India": the place right after an event word whose object is a place.
    if words.place_object.match(sentence[trigger_start:trigger_end]):
        for m in places:
            if 0 <= m.start - trigger_end <= 1:  # ("访问俄罗斯": no space between)
                return venue_city(m.entity_id)
    # "the Astana summit", "the Beijing forum": the place right before the event noun.
    if words.noun_trigger.match(sentence[trigger_start:trigger_end]):
        for m in places:
            # (not the second of two sides: "Russia-Turkmenistan talks" are held by both; nor a wide
            # region, which names the gathering: "the Far East forum" is held in Vladivostok)
            if 0 <= trigger_start - m.end <= 1 and not words.country_pair.search(sentence, 0, trigger_start) \
                    and not _names_the_gathering(words, m, sentence):
                return venue_city(m.entity_id)
        # ("the Vladivostok APEC summit", "the Kazan BRICS summit": a city, then the body meeting there)
        for m in places:
            if _city_before_a_body(m, mentions, sentence, trigger_start):
                return venue_city(m.entity_id)
        # ("le sommet d'Antalya, en Turquie": a city right after the noun and its "de")
        city = city_after_noun(words, sentence, places, trigger_end)
        if city is not None:
            return venue_city(city)
        # ("the Kremlin meeting", "Kremlin talks": a body named for its seat, its seat)
        for m in mentions:
            seat = _seat_of(m.entity_id) if m.entity_type not in _LOCATION_TYPES else None
            if seat is not None and 0 <= trigger_start - m.end <= 1 and sentence[m.end:trigger_start].isspace():
                return venue_city(seat)
    pool = [
        m for m in places
        if scope[0] <= m.start < scope[1]
        # (48 characters: room for "in der chinesischen Hafenstadt ", a venue preposition of several words)
        and (words.venue_before.search(sentence[max(0, m.start - 48):m.start])
             or (m.entity_type == "FAC" and words.site_before.search(sentence[max(0, m.start - 48):m.start]))
             or after_a_named_venue(words.venue_before, words.source_before, sentence, m, mentions))  # ("at Hyderabad House, New Delhi")
        and not words.topic_before.search(sentence[max(0, m.start - 64):m.start])
        # ("according to Brazil's foreign ministry, Lula will attend the summit": whose word it is, no venue)
        and not words.source_before.search(sentence[max(0, m.start - 64):m.start])
        and not _COMPOUND_AFTER.match(sentence, m.end)  # "in the Russia-ASEAN summit": one of its sides
        and not _names_the_gathering(words, m, sentence)  # ("at the Far East forum": its name)
        # ("held talks with X and offered a radar instead of the shield in Europe": a wide region told well
        # after the talks' word, past whom they are held with, is what is spoken of; "talks in Siberia" and
        # a tour of a region are still placed there)
        and not (_wide_region(m.entity_id) and m.start - trigger_end > _REGION_REACH
                 and _told_as(words, sentence, trigger_start, _TALKS_WORDS))
        # ("recorded at a bar in X, a few miles from the summit": measured from the event, not its place)
        and not _measured_from_the_event(words.language, sentence, m.end, trigger_start)
        # ("since India sent no one to Beijing's forum": the forum's place, not the talks')
        and not possessor_of_another_event(words, sentence, m.end, trigger_start)
        # ("addressed the forum to announce that chains would open shops in Russia": what he spoke of)
        and not (m.start >= trigger_end and words.reported_content.search(sentence, trigger_end, m.start))
        and not _since_an_act(words, sentence, trigger_end, m.start)
        # ("The meeting came on the same day that the ministers met in Tianjin": the other act's place)
        and not same_day_as_another_act(words.language, sentence, trigger_end, m.start)
        # ("had been due to take place in X but was moved online": the plan's, not the event's)
        and not place_of_a_dropped_plan(words.language, sentence, m)
        # ("..., officials in New Delhi said": where the speakers sit, not the event)
        and not speaker_seat(words.language, sentence, m)
        # ("a chance to gauge Moscow's warming to Washington": the other side, not the venue)
        and not stance_party(words.language, sentence, m)
        # ("is cutting his visit short and will fly to Vladikavkaz": the next leg's place)
        and not place_after_a_cut_short_visit(words.language, sentence, trigger_start, m.start)
        # ("a summit that X chairs on Thursday, before they fly to Pittsburgh": where they go next)
        and not place_of_the_next_leg(words.language, sentence, trigger_end, m.start)
        # ("for a state visit, the last stop of a tour that took him to Spain": the tour's other stop)
        and not place_of_another_stop(words.language, sentence, trigger_end, m.start)
        # ("returned to Moscow on Friday after a state visit to India": home, not the visit's place)
        and not place_gone_back_to(words.language, sentence, m.start, trigger_start)
    ]
    if not pool:
        # ("is in Tashkent today, where he held talks": the clause hangs from the place before it)
        before_where = place_before_where(words.language, sentence, places, scope, words.venue_before, own_act,
                                          words.place_object)
        if before_where is not None:
            # ("in the Russian Far East, where he met guests of the forum in Vladivostok": the city the
            # clause names inside the wide region)
            return venue_city(_city_in_the_clause(words, sentence, places, before_where) or before_where.entity_id)
        # ("chaired a summit held by video, speaking from his residence at X": the chair's seat)
        seat = chair_seat(words, sentence, mentions, places, trigger_start, trigger_end)
        return venue_city(seat.entity_id) if seat is not None else None
    # Prefer the most specific place (a square over a city over a country), then the nearest.
    best = min(pool, key=lambda m: (_SPECIFIC[m.entity_type], abs(m.start - trigger_start)))
    # (a venue the knowledge base does not know, its city named right after it: that city)
    best = city_of_an_unknown_venue(words.venue_before, sentence, best, pool) or best
    return venue_city(best.entity_id)


#: the marks that enclose a title (of a document, a book) in Chinese writing: 《…》, 〈…〉
_TITLE_MARKS = re.compile(r"《[^《》]*》|〈[^〈〉]*〉")


def inside_title_marks(sentence: str, position: int) -> bool:
    """Whether ``position`` falls inside a title's marks (the place names a document, not a venue)."""
    return any(m.start() < position < m.end() for m in _TITLE_MARKS.finditer(sentence))


#: what ends the clause an act a period is counted from is told in
_CLAUSE_END = re.compile(r"[,;:()]|\s[—–-]\s")


def _since_an_act(words: EventWords, sentence: str, trigger_end: int, place_start: int) -> bool:
    """ "his first summit with the group since he sent troops into Ukraine": a place in the act a
    period is counted from, after the event word, is not the event's; a place right after the word
    ("présidé depuis Minsk": from Minsk) is where one sits."""
    since = words.since.search(sentence, trigger_end, place_start) if place_start >= trigger_end else None
    between = sentence[since.end():place_start] if since else ""
    # (its clause only: "arrived for his first trip since the war, and X hosted him at Y": Y is the visit's)
    return since is not None and bool(between.strip()) and not _CLAUSE_END.search(between) \
        and not words.venue_before.fullmatch(sentence, since.start(), place_start)


def _city_before_a_body(place: Mention, mentions: list[Mention], sentence: str, trigger_start: int) -> bool:
    """A city (no country: "the China SCO summit" names a side) right before a body's name that
    stands right before the event noun, or before the name of the body's event that ends in it
    ("SCO summit")."""
    if not entity_catalog().places_containing(place.entity_id):
        return False
    return any(body.entity_type in ("ORG", "EVENT") and 0 < body.start - place.end <= 1
               and sentence[place.end:body.start].isspace()
               and (body.start < trigger_start < body.end
                    or (0 <= trigger_start - body.end <= 1 and sentence[body.end:trigger_start].isspace()))
               for body in mentions)


def _names_the_gathering(words: EventWords, place: Mention, sentence: str) -> bool:
    """A wide region (knowledge: `region`) right before a gathering's word names the gathering ("the
    Far East forum", "met him at an Arctic forum"), not where it or what is told at it is held; a
    city there does ("the Beijing forum"), and so does a region anywhere else ("a tour of the Far East")."""
    if not _wide_region(place.entity_id) or not sentence[place.end:place.end + 1].isspace():
        return False
    word = words.trigger.match(sentence, place.end + 1)
    return word is not None and word.lastgroup in _GATHERING_WORDS


def _city_in_the_clause(words: EventWords, sentence: str, places: list[Mention], region: Mention) -> str | None:
    """Of a wide region a "where" clause hangs from, the first city after a venue's preposition in
    that clause: the more specific place the story names."""
    if not _wide_region(region.entity_id):
        return None
    for m in places:
        if m.start > region.end and m.entity_type == "GPE" and entity_catalog().places_containing(m.entity_id) \
                and words.venue_before.search(sentence[max(0, m.start - 48):m.start]):
            return m.entity_id
    return None


def _told_as(words: EventWords, sentence: str, trigger_start: int, kinds: frozenset[str]) -> bool:
    """Whether the event word at ``trigger_start`` is one of these kinds of event word."""
    word = words.trigger.match(sentence, trigger_start)
    return word is not None and word.lastgroup in kinds


#: the few words between "from" and the event word it measures from ("from the G8 summit")
_FEW_WORDS = re.compile(r"\s*(?:\S+\s+){0,2}")
#: how far before the event word a place measured from it may stand
_MEASURE_REACH = 80


def _measured_from_the_event(language: str, sentence: str, place_end: int, trigger_start: int) -> bool:
    """Whether a place before the event word is told at a distance from it ("in X, a few miles from the
    summit"): the language's ``distance_from`` words, then a few words, right before the event word."""
    pattern = listed_words(language, "distance_from")
    if pattern is None or not 0 <= trigger_start - place_end <= _MEASURE_REACH:
        return False
    between = sentence[place_end:trigger_start]
    return any(_FEW_WORDS.fullmatch(between, found.end()) for found in pattern.finditer(between))


def _wide_region(entity_id: str) -> bool:
    """Whether the knowledge base marks the place a wide region (`region`: the Far East, Siberia)."""
    known = entity_catalog().get(entity_id)
    return known is not None and known.region


def venue_city(entity_id: str) -> str:
    """A venue's city (the Kremlin: Moscow); any other place is itself. Reports that name
    the hall and reports that name the city then agree on the place."""
    catalog = entity_catalog()
    entity = catalog.get(entity_id)
    if entity is None or entity.entity_type != "FAC":
        return entity_id
    # The nearest container that is no venue itself (a palace in the Kremlin is in Moscow).
    cities = [c for c in catalog.places_containing(entity_id) if catalog.get(c).entity_type != "FAC"]
    return cities[0] if cities else entity_id


def _seat_of(entity_id: str) -> str | None:
    """The place a body named for its seat stands for there ("the Kremlin": the Moscow Kremlin)."""
    catalog = entity_catalog()
    known = catalog.get(entity_id)
    return catalog.named(known.locative_sense).entity_id if known is not None and known.locative_sense else None

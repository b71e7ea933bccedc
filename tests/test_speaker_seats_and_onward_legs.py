"""A place the sentence names for someone other than its event is not the event's place
(extract/speaker_seats.py, extract/onward_legs.py; knowledge/events_<language>.yaml's
speaker_seats and onward_legs): where those who tell of the event sit ("diplomats in Minsk
said"), and where a trip goes on to after it ("before flying on to Tashkent"). Texts written for
these tests, invented events, each beside its look-alike: a meeting of officials held in a city,
a trip told before the event word that leads to it."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import Mention
from ruchina.extract.onward_legs import place_of_an_onward_leg
from ruchina.extract.speaker_seats import speaker_seat

DAY = dt.date(2024, 7, 5)


def _places(body: str, language: str = "en") -> set:
    extraction = extract_article("t", None, None, body, DAY, language)
    return {event.location_id for event in extraction.events}


def _mention(sentence: str, name: str, entity_id: str) -> Mention:
    start = sentence.index(name)
    return Mention(start, start + len(name), name, entity_id, name, "GPE", True)


def test_the_seat_of_those_who_tell_a_planned_meeting_is_not_its_place():
    body = ("Alexander Lukashenko will hold talks with Shavkat Mirziyoyev in the autumn, "
            "diplomats in Minsk said.")
    assert "minsk" not in _places(body)
    body = "Alexander Lukashenko will hold talks with Shavkat Mirziyoyev in the autumn, said aides in Minsk."
    assert "minsk" not in _places(body)


def test_a_meeting_of_officials_held_in_a_city_is_placed_there():
    # look-alike: the officials meet in the city; no one is telling anything from it
    body = ("Alexander Lukashenko joined a meeting of senior officials in Minsk on Thursday with "
            "Shavkat Mirziyoyev, the ministry said.")
    assert "minsk" in _places(body)


def test_speaker_seats_in_other_languages():
    sentence = "Le sommet aura lieu en octobre, ont indiqué des responsables à Minsk."
    assert speaker_seat("fr", sentence, _mention(sentence, "Minsk", "minsk"))
    sentence = "Le sommet aura lieu en octobre, des responsables à Minsk ont indiqué mardi."
    assert speaker_seat("fr", sentence, _mention(sentence, "Minsk", "minsk"))
    sentence = "Саммит пройдёт в октябре, сообщили источники в Минске."
    assert speaker_seat("ru", sentence, _mention(sentence, "Минске", "minsk"))
    # look-alike: a meeting of representatives held in the city
    sentence = "Встреча представителей в Минске прошла в четверг."
    assert not speaker_seat("ru", sentence, _mention(sentence, "Минске", "minsk"))


def test_the_next_leg_of_a_trip_told_after_the_event_is_not_its_place():
    body = ("Alexander Lukashenko and Shavkat Mirziyoyev signed a transit accord at the opening session on "
            "Friday, before flying on to Tashkent, where a trade fair opens.")
    assert "tashkent" not in _places(body)
    body = ("Alexander Lukashenko held talks with Shavkat Mirziyoyev on Friday and then travels on to "
            "Tashkent.")
    assert "tashkent" not in _places(body)


def test_a_trip_told_before_the_event_word_leads_to_its_place():
    # look-alike: the leg comes before the event word, and takes its traveller to it
    body = "Alexander Lukashenko then flies to Tashkent for a summit with Shavkat Mirziyoyev on Friday."
    assert "tashkent" in _places(body)
    sentence = "Después de la cumbre, el presidente viajará luego a Taskent, antes de volar a Minsk."
    assert place_of_an_onward_leg("es", sentence, _mention(sentence, "Minsk", "minsk"), sentence.index("cumbre") + 6)
    assert not place_of_an_onward_leg("es", sentence, _mention(sentence, "Minsk", "minsk"), len(sentence))

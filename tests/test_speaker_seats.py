"""Where those who tell of an event sit is not the event's place (extract/speaker_seats.py;
knowledge/events_<language>.yaml's speaker_seats): "diplomats in Minsk said". Texts written for
these tests, invented events, each beside its look-alike: a meeting of officials held in a city,
with no one telling anything from it."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import Mention
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

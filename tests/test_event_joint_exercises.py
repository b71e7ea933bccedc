"""A joint exercise told as begun ("warships began their first joint naval drill on Monday",
"совместные учения ... открылись", "ihr gemeinsames Manöver begonnen") is an event of its own, `other`
(knowledge/events_<language>.yaml, other). Beside each, the look-alike: an exercise only named ("such
drills have become annual"), or begun by one side alone ("began their annual exercises"), is no event.
Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

DAY = dt.date(2019, 9, 16)


def _others(body: str, language: str) -> list:
    events = extract_article("x", None, None, body, DAY, language).events
    return [e for e in events if "other" in e.types()]


@pytest.mark.parametrize("language, body", [
    ("en", "Indian and Russian warships began their second joint naval drill on Monday off Visakhapatnam."),
    ("ru", "Совместные российско-индийские военно-морские учения открылись в понедельник в Бенгальском заливе."),
    ("de", "Indien und Russland haben am Montag ihr zweites gemeinsames Marinemanöver begonnen."),
])
def test_a_joint_exercise_begun_is_an_event(language, body):
    [exercise] = _others(body, language)
    assert (exercise.date.first, exercise.date.last) == (DAY, DAY)


@pytest.mark.parametrize("language, body", [
    ("en", "Such joint drills have since become a yearly habit of the two navies."),
    ("en", "The Indian navy began its annual exercises on Monday in the Arabian Sea."),
    ("ru", "Такие учения с тех пор проходят ежегодно."),
    ("de", "Solche Manöver finden seither jedes Jahr statt."),
])
def test_an_exercise_only_named_or_of_one_side_is_no_event(language, body):
    assert _others(body, language) == []

"""An event its sentence tells as ended, with the days it lasted (extract/event_endings.py):
the day the sentence gives is its last, and the duration counts back from it, wherever the
end verb stands ("wrapped up a three-day congress on Sunday", "the three-day congress ...
closed in Baku on Sunday", "la cumbre, de tres días, concluyó el domingo"). Beside each, a
look-alike that keeps counting on: the day told as the first, or no end verb at all."""

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

SUNDAY = dt.date(2021, 10, 17)
FRIDAY, TUESDAY = dt.date(2021, 10, 15), dt.date(2021, 10, 19)


def _gathering_days(body: str, language: str = "en"):
    events = extract_article("x", None, None, body, SUNDAY, language).events
    gatherings = [e for e in events if {"summit", "forum"} & e.types()]
    assert len(gatherings) == 1, [e.types() for e in events]
    return gatherings[0].date.first, gatherings[0].date.last


@pytest.mark.parametrize("body, language", [
    # the end verb before the event word, the day after it
    ("Leaders of the Organization of Turkic States wrapped up a three-day summit in Istanbul on Sunday "
     "with a joint statement.", "en"),
    # the end verb after the event word, the day after the verb
    ("The three-day summit of the Organization of Turkic States closed in Istanbul on Sunday "
     "with a joint statement.", "en"),
    # the duration after the event word, as Spanish puts it, and the verb after both
    ("La cumbre de la Organización de Estados Turcos, de tres días, concluyó este domingo en Estambul "
     "con una declaración conjunta.", "es"),
    ("Лидеры тюркских государств в воскресенье завершили трёхдневный саммит в Стамбуле.", "ru"),
])
def test_a_summit_told_as_ended_counts_back_from_its_day(body, language):
    assert _gathering_days(body, language) == (FRIDAY, SUNDAY)


@pytest.mark.parametrize("body, language", [
    # the day told as the first: it opened then, whatever it ended with
    ("The three-day summit of the Organization of Turkic States opened in Istanbul on Sunday "
     "and ended with a joint statement.", "en"),
    # no end verb: the day is the first of its days
    ("Leaders of the Organization of Turkic States began a three-day summit in Istanbul on Sunday.", "en"),
    ("La cumbre de la Organización de Estados Turcos, de tres días, comenzó este domingo en Estambul.", "es"),
])
def test_a_summit_not_told_as_ended_counts_on_from_its_day(body, language):
    first, last = _gathering_days(body, language)
    assert (first, last) == (SUNDAY, TUESDAY)


def test_a_closed_door_summit_is_not_told_as_ended():
    body = ("Leaders of the Organization of Turkic States held a closed-door three-day summit in Istanbul "
            "from Sunday.")
    assert _gathering_days(body)[0] == SUNDAY


def _meeting_days(body: str):
    events = extract_article("x", None, None, body, SUNDAY + dt.timedelta(days=1), "en").events
    return [(e.date.first, e.date.last) for e in events if "meeting" in e.types() and e.date is not None]


def test_talks_that_broke_up_after_two_days_of_talks_count_back_from_that_day():
    # ("broke up last night ... after two days of talks": the end verb, then "after" and the duration)
    body = ("The meeting of Kassym-Jomart Tokayev and Shavkat Mirziyoyev broke up late on Sunday without a deal "
            "after two days of talks in Tashkent.")
    assert _meeting_days(body) == [(SUNDAY - dt.timedelta(days=1), SUNDAY)]


def test_look_alike_talks_that_began_after_two_days_of_talks_count_on():
    # (no end verb before "after": "resumed on Sunday after two days of talks" is another thing's end)
    body = ("Kassym-Jomart Tokayev and Shavkat Mirziyoyev resumed on Sunday after two days of talks in Tashkent.")
    assert all(first >= SUNDAY for first, _ in _meeting_days(body))

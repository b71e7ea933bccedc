"""A report of the day's story at a place takes the main event's day when the main event is placed
nowhere: "Macron handed Modi the Legion of Honour on Friday. The ceremony followed Franco-Indian
talks at the Elysee Palace." The talks, told with no day, were held that day, not dropped as
background. The look-alike: a main call is held at no place, and talks at a place told beside it
("The two last met face to face at a summit in Osaka") are another time's."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2024, 2, 9)
MODI, MACRON = "Q1058", "Q3052772"


def meetings(title, body):
    return [e for e in extract_article("a", title, None, body, DAY).events if e.family == "gathering"]


def test_talks_at_a_place_on_the_day_of_a_main_event_placed_nowhere():
    (talks,) = meetings("Macron decorates Modi", "Emmanuel Macron on Friday presented Narendra Modi with the Grand "
                        "Cross of the Legion of Honour. The award followed talks between Macron and Modi at the Elysee "
                        "Palace in Paris.")
    assert talks.participants == {MODI, MACRON} and talks.date.first == DAY


def test_look_alike_talks_at_a_place_beside_a_call_are_another_times():
    found = meetings("Macron and Modi hold a phone call", "Emmanuel Macron and Narendra Modi spoke by phone on Friday. "
                     "The two leaders held talks at the Elysee Palace in Paris.")
    assert not [e for e in found if e.date and e.date.first == DAY]

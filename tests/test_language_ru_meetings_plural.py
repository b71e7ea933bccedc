"""Russian "встреч" (the genitive plural, no ending: "график предстоящих встреч в Астане") is a
meeting word as "встреча", "встречи" are: a readout of a call that confirms the schedule of
meetings to come reports them. The look-alike: meetings of others in a past year stay background."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2024, 3, 5)
LEAD = "Владимир Путин провёл телефонный разговор с Касым-Жомартом Токаевым. "


def meetings(sentence):
    events = extract_article("a", "Телефонный разговор с Президентом Казахстана", None, LEAD + sentence, DAY, "ru").events
    return [e for e in events if "meeting" in e.types()]


def test_the_schedule_of_meetings_to_come_reports_them():
    (meeting,) = meetings("Президенты согласовали график предстоящих встреч в Астане.")
    assert meeting.location_id == "Q1520"


def test_look_alike_meetings_of_ministers_last_year_are_background():
    assert meetings("Президенты обсудили итоги встреч министров в прошлом году.") == []

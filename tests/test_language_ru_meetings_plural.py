"""Russian meetings to come as a readout tells them: "встреч" (the genitive plural, no ending:
"график предстоящих встреч в Астане") is a meeting word as "встреча" is; what the leaders agreed
to do ("договорились снова встретиться") is to come; "Лидеры" opening a sentence are the two named
before; a meeting of heads of state is a summit. Each beside a look-alike that must not do it."""

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


def _after_talks(sentence):
    body = ("Владимир Путин провёл переговоры с Касым-Жомартом Токаевым в Астане во вторник. " + sentence)
    return extract_article("a", "Путин в Астане", None, body, DAY, "ru").events


def _in_kazan(events):
    return [e for e in events if e.location_id == "kazan"]


def test_what_the_leaders_agreed_to_do_is_to_come_and_they_are_the_two_named_before():
    """ "Лидеры договорились снова встретиться на следующей неделе": a meeting to come (it was
    told as held, and took in the day's talks), of the two named before; a meeting of heads of
    state ("встреча глав государств СНГ") is a summit."""
    (kazan,) = _in_kazan(_after_talks("Лидеры договорились снова встретиться на следующей неделе в Казани."))
    assert all(m.status == "planned" for m in kazan.mentions)
    assert kazan.participants == {"Q7747", "kassym-jomart-tokayev"}
    (kazan,) = _in_kazan(_after_talks("Лидеры договорились увидеться в Казани на неформальной встрече глав государств СНГ."))
    assert kazan.types() == {"summit"}


def test_look_alike_an_agreement_reached_at_a_past_meeting_and_a_meeting_of_two_heads():
    # (told by its day: one told only by "на прошлой неделе", a week ended before the story's day, is
    # background, no report)
    (kazan,) = _in_kazan(_after_talks("Лидеры договорились о ценах на газ на встрече в Казани в понедельник."))
    assert all(m.status == "occurred" for m in kazan.mentions)
    (kazan,) = _in_kazan(_after_talks("В Казани в понедельник прошла встреча глав двух государств."))
    assert kazan.types() == {"meeting"}

"""A Russian conference known by its name and subject ("Минская конференция по ... открылась"), a
gathering as a forum is (knowledge/events_ru.yaml ``forum``); the guests a sentence lists after
"Среди гостей —" present at it (``present_at_gathering``); and the one who reads out a leader's
greeting to it in its hall, the sender not (``message_senders``, continuing_reports.py). Fixtures
written for these tests, with other conferences, people and places than any page read; each beside
a look-alike that must not trigger."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN, LAVROV, TOKAYEV, LUKASHENKO = "Q7747", "sergei-lavrov", "kassym-jomart-tokayev", "alexander-lukashenko"
DAY = dt.date(2024, 10, 9)  # a Wednesday
OPENING = "МИНСК, 9 октября. Минская конференция по евразийской безопасности открылась в среду в белорусской столице.\n\n"


def events(text):
    return extract_article("t1", None, None, text, DAY, "ru").events


def forums(found):
    return [e for e in found if "forum" in e.types()]


def test_a_named_conference_on_a_subject_is_a_gathering_of_its_day_and_city():
    found = forums(events(OPENING))
    assert len(found) == 1
    assert (found[0].date.first, found[0].location_id) == (DAY, "minsk")


def test_a_conference_told_lasting_in_a_relative_clause_gives_its_days():
    found = forums(events(OPENING + "В работе конференции, которая продлится три дня, участвуют делегаты из 40 стран."))
    assert [(e.date.first, e.date.last) for e in found] == [(DAY, dt.date(2024, 10, 11))]


def test_any_conference_on_a_subject_or_a_press_conference_is_no_gathering():
    """The look-alikes: conferences on a subject in general, a press conference after talks."""
    found = events("МОСКВА, 9 октября. Лавров заявил, что любые конференции по Ближнему Востоку без участия "
                   "региональных стран бесполезны.\n\nОн выступил на пресс-конференции по итогам переговоров.")
    assert not forums(found)


def test_the_guests_listed_after_among_the_guests_are_the_conference_s_people():
    found = forums(events(OPENING + "Среди гостей — президент Казахстана Касым-Жомарт Токаев."))
    assert TOKAYEV in {p for e in found for p in e.participants}


def test_guests_told_absent_are_nobody_s_people():
    found = events(OPENING + "Среди гостей не было президента Казахстана Касыма-Жомарта Токаева.")
    assert TOKAYEV not in {p for e in found for p in e.participants}


def test_the_reader_of_a_greeting_attends_and_its_sender_does_not():
    found = forums(events(OPENING + "Приветствие президента России Владимира Путина участникам огласил "
                                    "министр иностранных дел Сергей Лавров."))
    people = {p for e in found for p in e.participants}
    assert LAVROV in people
    assert PUTIN not in people

"""Talks told with the way they were held after them ("held talks on Tuesday by phone",
"s'est entretenu mardi par téléphone", "провёл во вторник переговоры по телефону"): one call and
no meeting beside it (phone_talks.py; knowledge/events_<lang>.yaml: call_modes). A meeting and a
call told one after the other ("met X ... and later spoke by phone with Y") stay two events.
Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

ERDOGAN, TOKAYEV, PUTIN = "Q39259", "kassym-jomart-tokayev", "Q7747"
DAY = dt.date(2023, 7, 6)


def kinds(title, body, language):
    return sorted((sorted(e.types()), sorted(e.participants))
                  for e in extract_article("t1", title, None, body, DAY, language).events)


def test_talks_held_by_phone_are_one_call():
    body = "Turkish President Recep Tayyip Erdogan held talks on Tuesday by phone with Kazakh President Kassym-Jomart Tokayev."
    assert kinds("Erdogan and Tokayev speak", body, "en") == [(["call"], sorted([ERDOGAN, TOKAYEV]))]


def test_a_meeting_then_a_call_with_someone_else_stay_two():
    body = ("Turkish President Recep Tayyip Erdogan met Kazakh President Kassym-Jomart Tokayev in Ankara on Tuesday "
            "and later spoke by phone with Vladimir Putin.")
    assert {k for (types, _) in kinds("Erdogan and Tokayev meet", body, "en") for k in types} == {"meeting", "call"}


def test_french_russian_and_spanish_talks_by_phone_are_one_call():
    cases = [
        ("fr", "Erdogan et Tokaïev", "Le président turc Recep Tayyip Erdogan s'est entretenu mardi par téléphone avec "
                                     "le président kazakh Kassym-Jomart Tokaïev."),
        ("ru", "Эрдоган и Токаев", "Президент Турции Реджеп Тайип Эрдоган во вторник провёл переговоры по телефону с "
                                   "Касым-Жомартом Токаевым."),
        ("es", "Erdogan y Tokáyev", "El presidente turco, Recep Tayyip Erdogan, conversó el martes por teléfono con "
                                    "Vladímir Putin."),
    ]
    for language, title, body in cases:
        rows = kinds(title, body, language)
        assert [types for types, _ in rows] == [["call"]], (language, rows)

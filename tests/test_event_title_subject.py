"""A headline that names its event but not who holds it ("Meeting with ...", "Visit to ...",
"Встреча с ..."), above a lead that names who does in words that are no event words ("received",
"принял"): the lead's subject takes part in the title's event (issue 23, class 5). Fixtures
written for these tests, each beside a look-alike that must not add anyone."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2025, 4, 1)
PUTIN, TOKAYEV = "Q7747", "kassym-jomart-tokayev"
PESKOV = "dmitry-peskov"


def main_event(title, body, language="en"):
    (main,) = [e for e in extract_article("t1", title, None, body, DAY, language).events if e.main]
    return main


def test_the_leads_subject_holds_the_meeting_its_title_names():
    main = main_event("Meeting with President of Kazakhstan Kassym-Jomart Tokayev",
                      "In the Kremlin, Vladimir Putin received President of Kazakhstan Kassym-Jomart Tokayev.\n\n"
                      "The two spoke about the harvest and the railway.")
    assert {PUTIN, TOKAYEV} <= main.participants


def test_the_leads_subject_holds_the_meeting_in_russian():
    main = main_event("Встреча с Президентом Казахстана Касым-Жомартом Токаевым",
                      "В Кремле Владимир Путин принял Президента Казахстана Касым-Жомарта Токаева.\n\n"
                      "Обсуждались урожай и железная дорога.", "ru")
    assert PUTIN in main.participants


def test_look_alike_a_title_that_names_who_meets_adds_no_one_from_the_lead():
    # The title says who met; the lead's first person is a spokesman reporting on it.
    main = main_event("Vladimir Putin: meeting with Kassym-Jomart Tokayev",
                      "Dmitry Peskov told reporters that the conversation lasted two hours.\n\n"
                      "The two spoke about the harvest and the railway.")
    assert PESKOV not in main.participants


def test_look_alike_a_person_deep_in_the_lead_is_not_its_subject():
    main = main_event("Meeting with President of Kazakhstan Kassym-Jomart Tokayev",
                      "The harvest, the railway and the new border crossings were the topics raised, "
                      "according to Dmitry Peskov.\n\nThe two spoke for two hours.")
    assert PESKOV not in main.participants

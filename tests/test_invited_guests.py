"""A guest only invited to a gathering is none of its people: "invited President X to attend the
parade", "пригласили господина X принять участие в параде" tell an invitation, not that he comes
(extract/away_people.py, knowledge/events_<language>.yaml ``invited``). Beside it, the same guest
told coming, one invited to a visit, which only he can make (its visitor), and one invited to a city
while the sentence tells a call he takes part in. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

TOKAYEV = "kassym-jomart-tokayev"
TUESDAY = dt.date(2024, 3, 12)
EN_LEAD = "Vladimir Putin held talks with Kazakh President Kassym-Jomart Tokayev in Moscow on Tuesday. "
RU_LEAD = "Владимир Путин провёл переговоры с Президентом Казахстана Касым-Жомартом Токаевым. "


def people_of(kind, language, lead, sentence):
    """The people of each event of ``kind`` the article reports."""
    events = extract_article("t1", "Talks", None, lead + sentence, TUESDAY, language).events
    return [e.participants for e in events if kind in e.types()]


def test_one_invited_to_the_parade_is_none_of_its_people():
    for people in people_of("parade", "en", EN_LEAD,
                            "Putin invited President Tokayev to attend the Victory Day parade on May 9."):
        assert TOKAYEV not in people


def test_one_told_attending_the_parade_is_one_of_its_people():
    (people,) = people_of("parade", "en", EN_LEAD, "President Tokayev will attend the Victory Day parade on May 9.")
    assert TOKAYEV in people


def test_one_invited_to_a_state_visit_is_its_visitor():
    (people,) = people_of("state_visit", "en", EN_LEAD,
                          "Putin invited President Tokayev to pay a state visit to Russia in May.")
    assert TOKAYEV in people


def test_russian_one_invited_to_the_parade_is_none_of_its_people():
    for people in people_of("parade", "ru", RU_LEAD, "Пригласили господина Токаева принять участие в параде Победы 9 мая."):
        assert TOKAYEV not in people


def test_russian_one_told_taking_part_in_the_parade_is_one_of_its_people():
    (people,) = people_of("parade", "ru", RU_LEAD, "Господин Токаев примет участие в параде Победы 9 мая.")
    assert TOKAYEV in people


def test_one_invited_to_a_city_while_a_call_is_held_is_at_the_call():
    # (the invitation's aim is a place, not the call: the call's word comes in another clause)
    events = extract_article("t1", "Putin invites Tokayev to Sochi as leaders hold a video call", None,
                             "Vladimir Putin invited Kassym-Jomart Tokayev to Sochi on Tuesday, telling him in a "
                             "video call that relations were strong.", TUESDAY, "en").events
    (people,) = [e.participants for e in events if "call" in e.types()]
    assert TOKAYEV in people

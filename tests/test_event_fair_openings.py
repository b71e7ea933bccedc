"""The opening of a trade fair a leader attends or addresses ("told the opening session of the
Eastern Trade Expo", "the opening of the import expo") is a gathering of its day, reported as a
forum; the expo named alone ("the expo's banquet", "Shanghai expo") tells no gathering
(knowledge/events_en.yaml: the forum triggers). Fixtures written for these tests, each beside a
look-alike."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN = "Q7747"
SUNDAY = dt.date(2024, 9, 1)


def forums(body):
    return [e for e in extract_article("t1", None, None, body, SUNDAY, "en").events
            if e.mentions[0].event_type == "forum"]


def test_the_opening_session_of_an_expo_is_a_forum_of_its_day():
    found = forums("VLADIVOSTOK, Sept 1 - Vladimir Putin told the opening session of the Eastern Trade Expo "
                   "on Sunday that sanctions had failed.")
    assert found and PUTIN in found[0].participants and found[0].date.first == SUNDAY


def test_the_opening_of_the_expo_in_lower_case_is_a_forum_too():
    assert forums("Vladimir Putin spoke at the opening of the trade expo in Vladivostok on Sunday.")


def test_an_expo_named_alone_is_no_forum():
    assert not forums("Vladimir Putin dined at the expo's banquet in Vladivostok on Sunday, "
                      "a day that showed the expo as a stage.")


def test_the_opening_ceremony_of_an_expo_is_a_forum_though_the_ceremony_has_its_own_word():
    found = forums("VLADIVOSTOK, Sept 1 - Vladimir Putin spoke at the opening ceremony of the Northern Timber "
                   "Expo on Sunday.")
    assert found and PUTIN in found[0].participants and found[0].date.first == SUNDAY


def test_a_leader_who_opens_an_expo_opens_a_forum_and_its_audience_attends_it():
    found = forums("VLADIVOSTOK, Sept 1 - Vladimir Putin opened the third Northern Timber Expo on Sunday. "
                   "He spoke to an audience that included several foreign ministers, among them "
                   "Chinese Foreign Minister Wang Yi.")
    assert found and PUTIN in found[0].participants and "wang-yi" in found[0].participants


def test_an_expo_that_opens_by_itself_is_no_forum():
    assert not forums("VLADIVOSTOK, Sept 1 - The Northern Timber Expo opened its doors on Sunday, "
                      "a show that opens the way for fair competition.")


def test_the_russian_and_spanish_openings_of_an_expo_are_forums():
    ru = [e for e in extract_article("t1", None, None, "Владимир Путин присутствовал в воскресенье на открытии "
                                     "Северного лесного ЭКСПО во Владивостоке.", SUNDAY, "ru").events
          if e.mentions[0].event_type == "forum"]
    es = [e for e in extract_article("t1", None, None, "Vladímir Putin asistió el domingo a la inauguración de la "
                                     "Exposición Forestal del Norte en Vladivostok.", SUNDAY, "es").events
          if e.mentions[0].event_type == "forum"]
    assert ru and PUTIN in ru[0].participants and es and PUTIN in es[0].participants


def test_an_exhibition_in_lower_case_is_no_spanish_forum():
    assert not [e for e in extract_article("t1", None, None, "Vladímir Putin asistió el domingo a la inauguración "
                                           "de la exposición de pintura en Vladivostok.", SUNDAY, "es").events
                if e.mentions[0].event_type == "forum"]

"""An event said to be called off ("cancelled a planned trip", "the talks ... will not take
place", "встречи не будет", "a été annulée") reports none, in the languages whose knowledge has
the words (knowledge/events_<lang>.yaml: not_held, called_off); one postponed, one held after all
and one whose sentence only negates something else ("will not only cover trade but also") keeps
its report. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN, ERDOGAN, TOKAYEV = "Q7747", "Q39259", "kassym-jomart-tokayev"
DAY = dt.date(2023, 7, 5)
LEAD = "Vladimir Putin held talks with Kazakh President Kassym-Jomart Tokayev in Astana on Wednesday. "
LEAD_RU = "Владимир Путин в среду провёл переговоры с Касым-Жомартом Токаевым в Астане. "
LEAD_FR = "Vladimir Poutine s'est entretenu mercredi avec le président kazakh Kassym-Jomart Tokaïev à Astana. "


def erdogan_rows(body, language="en", title="Putin and Tokayev meet in Astana"):
    events = extract_article("t1", title, None, body, DAY, language).events
    return [e for e in events if ERDOGAN in e.participants]


def test_a_visit_called_off_before_its_word_is_no_event():
    for verb in ("called off a planned", "cancelled his", "has scrapped a long-awaited"):
        body = LEAD + f"Turkish President Recep Tayyip Erdogan {verb} visit to Astana, his office said on Tuesday."
        assert erdogan_rows(body) == [], verb


def test_a_visit_postponed_is_still_an_event():
    body = LEAD + "Turkish President Recep Tayyip Erdogan postponed his visit to Astana until next week."
    assert erdogan_rows(body)


def test_talks_said_after_their_word_not_to_take_place_are_no_event():
    for ending in ("will not take place", "have been cancelled", "won't go ahead"):
        body = LEAD + f"Talks between Recep Tayyip Erdogan and Tokayev in Ankara next week {ending}, officials said."
        assert erdogan_rows(body) == [], ending


def test_talks_whose_sentence_negates_something_else_stay():
    body = LEAD + ("Talks between Recep Tayyip Erdogan and Tokayev in Ankara next week will not only cover trade "
                   "but also energy, officials said.")
    assert erdogan_rows(body)


def test_talks_postponed_then_held_stay():
    body = LEAD + ("Talks between Recep Tayyip Erdogan and Tokayev, postponed twice this spring, were held in "
                   "Ankara on Monday.")
    assert erdogan_rows(body)


def test_a_russian_meeting_there_will_be_none_of_is_no_event():
    body = LEAD_RU + "Встречи Токаева и президента Турции Реджепа Тайипа Эрдогана в Анкаре не будет: её отменили."
    assert erdogan_rows(body, "ru", "Путин и Токаев встретились в Астане") == []


def test_a_russian_meeting_that_will_not_be_long_stays():
    body = LEAD_RU + "Встреча Токаева и президента Турции Реджепа Тайипа Эрдогана в Анкаре в понедельник не будет долгой."
    assert erdogan_rows(body, "ru", "Путин и Токаев встретились в Астане")


def test_a_french_visit_cancelled_is_no_event_and_one_postponed_stays():
    title = "Poutine et Tokaïev à Astana"
    cancelled = LEAD_FR + "La visite du président turc Recep Tayyip Erdogan à Astana lundi a été annulée."
    postponed = LEAD_FR + "La visite du président turc Recep Tayyip Erdogan à Astana lundi a été reportée."
    assert erdogan_rows(cancelled, "fr", title) == []
    assert erdogan_rows(postponed, "fr", title)


def test_an_event_said_not_to_take_place_after_a_relative_clause_set_off_by_commas_is_none():
    # (the clause between the event and its negation is set off by commas: "which both had hoped for")
    en = LEAD + ("Talks between Recep Tayyip Erdogan and Tokayev in Astana, which diplomats on both sides had "
                 "hoped for, did not take place.")
    ru = LEAD_RU + ("Встречи Реджепа Тайипа Эрдогана и Токаева в Астане, на которую рассчитывали дипломаты, "
                    "так и не состоялось.")
    assert erdogan_rows(en) == []
    assert erdogan_rows(ru, "ru", "Путин и Токаев провели переговоры") == []


def test_look_alike_a_negation_inside_the_relative_clause_leaves_the_event():
    # ("which did not take place last year": the clause tells an earlier plan; the talks were held)
    en = LEAD + ("Talks between Recep Tayyip Erdogan and Tokayev, which did not take place last year, were held "
                 "in Astana on Tuesday.")
    ru = LEAD_RU + ("Переговоры Реджепа Тайипа Эрдогана и Токаева, которые не состоялись в прошлом году, прошли "
                    "в Астане во вторник.")
    for body, language in ((en, "en"), (ru, "ru")):
        mentions = extract_article("t1", "Talks in Astana", None, body, DAY, language).event_mentions
        assert [m for m in mentions if ERDOGAN in m.participant_ids], language

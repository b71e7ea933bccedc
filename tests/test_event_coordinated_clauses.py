"""A clause a link word opens with its event word right after it (", then met Z", ", а затем
встретился с Z") is the next act of the sentence's subject: another meeting, of the subject and
the people of its own clause, on the day the sentence gave (coordinated_subjects.py; the links
are the grammar's clause_links). Its look-alikes: one sentence's talks with two people stay one
meeting, and a relative clause (", who then met Z") is its antecedent's. Fixtures written for
these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

ERDOGAN, TOKAYEV, MIRZIYOYEV = "Q39259", "kassym-jomart-tokayev", "shavkat-mirziyoyev"
DAY = dt.date(2022, 6, 10)
THURSDAY = dt.date(2022, 6, 9)


def meetings(body, language="en", title="Erdogan in Astana"):
    events = extract_article("t1", title, None, body, DAY, language).events
    return sorted((sorted(e.participants), e.date.first if e.date else None) for e in events if "meeting" in e.types())


def test_then_met_is_another_meeting_of_the_same_subject_that_day():
    body = ("Turkish President Recep Tayyip Erdogan held talks with Kassym-Jomart Tokayev on Thursday, then met "
            "Shavkat Mirziyoyev at the palace.")
    assert meetings(body) == sorted([(sorted([ERDOGAN, TOKAYEV]), THURSDAY), (sorted([ERDOGAN, MIRZIYOYEV]), THURSDAY)])


def test_russian_a_zatem_is_another_meeting_too():
    body = ("Президент Турции Реджеп Тайип Эрдоган в четверг провёл переговоры с Касым-Жомартом Токаевым, а затем "
            "встретился с Шавкатом Мирзиёевым.")
    assert meetings(body, "ru", "Эрдоган в Астане") == sorted(
        [(sorted([ERDOGAN, TOKAYEV]), THURSDAY), (sorted([ERDOGAN, MIRZIYOYEV]), THURSDAY)])


def test_russian_a_takzhe_is_another_meeting_too():
    """ ", а также встретился с Z" (and also met Z): the subject's next act, with Z."""
    body = ("Президент Турции Реджеп Тайип Эрдоган в четверг провёл переговоры с Касым-Жомартом Токаевым, а также "
            "встретился с Шавкатом Мирзиёевым.")
    assert meetings(body, "ru", "Эрдоган в Астане") == sorted(
        [(sorted([ERDOGAN, TOKAYEV]), THURSDAY), (sorted([ERDOGAN, MIRZIYOYEV]), THURSDAY)])


def test_russian_talks_that_z_also_took_part_in_stay_one_meeting():
    body = ("Президент Турции Реджеп Тайип Эрдоган в четверг провёл переговоры с Касым-Жомартом Токаевым, в которых "
            "также участвовал Шавкат Мирзиёев.")
    assert meetings(body, "ru", "Эрдоган в Астане") == [(sorted([ERDOGAN, MIRZIYOYEV, TOKAYEV]), THURSDAY)]


def test_talks_with_two_people_in_one_clause_stay_one_meeting():
    body = ("Turkish President Recep Tayyip Erdogan held talks with Kassym-Jomart Tokayev and Shavkat Mirziyoyev "
            "on Thursday at the palace.")
    assert meetings(body) == [(sorted([ERDOGAN, MIRZIYOYEV, TOKAYEV]), THURSDAY)]


def test_a_relative_clause_is_its_antecedents_not_the_subjects():
    body = ("Turkish President Recep Tayyip Erdogan greeted Kassym-Jomart Tokayev on Thursday, who then met "
            "Shavkat Mirziyoyev at the palace.")
    with_mirziyoyev = [people for people, _ in meetings(body) if MIRZIYOYEV in people]
    assert with_mirziyoyev and all(ERDOGAN not in people for people in with_mirziyoyev)



def test_then_of_one_s_office_at_the_time_is_an_aside_and_the_meeting_keeps_its_day():
    # (", then still prime minister,": his office then, set off by commas; the sentence goes on)
    body = ("Turkish President Recep Tayyip Erdogan met Kassym-Jomart Tokayev, then still prime minister, on "
            "Thursday at the palace.")
    assert meetings(body) == [(sorted([ERDOGAN, TOKAYEV]), THURSDAY)]


def test_look_alike_then_met_the_president_is_still_the_next_act():
    body = ("Turkish President Recep Tayyip Erdogan held talks with Kassym-Jomart Tokayev on Thursday, then met the "
            "president, Shavkat Mirziyoyev, at the palace.")
    assert meetings(body) == sorted([(sorted([ERDOGAN, TOKAYEV]), THURSDAY), (sorted([ERDOGAN, MIRZIYOYEV]), THURSDAY)])

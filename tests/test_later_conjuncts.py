"""Two meetings told in one clause, the second person joined by an hour of his own: "is to see A
and, in the evening, B" and "held talks with A in the afternoon and is to see B this evening" are a
meeting with each (extract/later_conjuncts.py). Written for these tests, beside the plain list that
stays one meeting of three."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MONDAY = dt.date(2001, 7, 16)


def meetings(body: str) -> list[set[str]]:
    found = extract_article("c1", None, None, body, MONDAY, "en").events
    return sorted((e.participants for e in found if e.family == "gathering"), key=sorted)


def test_a_second_person_at_an_hour_of_his_own_is_another_meeting():
    body = ("Vladimir Putin arrived in Beijing on Sunday. On Tuesday Putin is scheduled to see President Jiang Zemin "
            "and, in the evening, Zhu Rongji.")
    assert len(meetings(body)) == 2 and all(len(people) == 2 for people in meetings(body))


def test_a_second_verb_with_its_hour_is_another_meeting():
    body = ("Vladimir Putin held talks with Jiang Zemin in the afternoon and is to see Zhu Rongji this "
            "evening.")
    assert all(len(people) == 2 for people in meetings(body)) and len(meetings(body)) == 2


def test_a_plain_list_stays_one_meeting():
    body = "Vladimir Putin held talks with Jiang Zemin and Zhu Rongji in Beijing on Monday."
    assert [len(people) for people in meetings(body)] == [3]

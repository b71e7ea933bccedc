"""A visit its sentence names no one for, told in the paragraph of one person's arrival before it, is
that person's (extract/visit_arrivals.py): "X's plane has landed at Y airport. ... The working visit runs
until Tuesday." Beside it, the look-alikes that must not: those who met him at the steps, a visit told
in another paragraph than the arrival, two people arriving together.

Fixtures written for these tests (a live page of 2031)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PAGE = dt.date(2031, 3, 3)  # (a Monday)
TOKAYEV = "kassym-jomart-tokayev"


def _visits(body: str):
    events = extract_article("arrivals", "LIVE: Tokayev in Beijing", None, body, PAGE, "en").events
    return [e for e in events if e.family == "visit"]


def test_the_visit_after_one_persons_arrival_in_its_paragraph_is_his():
    body = ("09:10\n\nKassym-Jomart Tokayev's plane has landed at Beijing airport. He was met at the steps by "
            "Foreign Minister Wang Yi. The official visit runs until Wednesday.")
    [visit] = _visits(body)
    assert visit.participants == {TOKAYEV}
    assert (visit.date.first, visit.date.last) == (PAGE, dt.date(2031, 3, 5))


def test_look_alike_an_arrival_in_another_paragraph_gives_the_visit_no_one():
    body = ("09:10\n\nKassym-Jomart Tokayev's plane has landed at Beijing airport.\n\n11:00\n\n"
            "The official visit runs until Wednesday.")
    assert all(TOKAYEV not in v.participants for v in _visits(body))


def test_look_alike_two_people_arriving_give_the_visit_no_one():
    body = ("09:10\n\nKassym-Jomart Tokayev and Shavkat Mirziyoyev have arrived in Beijing. "
            "The official visit runs until Wednesday.")
    assert all(v.participants != {TOKAYEV} for v in _visits(body))

"""An arrival told by the visitor leaving his plane at a named place ("stepped off his plane in
Hanoi", "walks down the steps of his aircraft at Noi Bai airport") is a visit there, as "arrived in"
is, on a page looking back at it too. Stepping off or down from anything else ("stepped off the
stage in Hanoi", "stepped down from the board") is no arrival (short texts written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

MODI, HANOI = "Q1058", "Q1858"


def visits(body, published=dt.date(2026, 6, 3)):
    return [e for e in extract_article("a", None, None, body, published, "en").events if e.family == "visit"]


def test_a_look_back_at_a_visitor_stepping_off_his_plane_is_his_visit():
    body = "Twenty years ago today, on Saturday 3 June 2006, Narendra Modi stepped off his plane in Hanoi."
    [visit] = visits(body)
    assert MODI in visit.participants and visit.location_id == HANOI
    assert visit.date.first == dt.date(2006, 6, 3)


@pytest.mark.parametrize("body", [
    "On Tuesday Narendra Modi stepped off the stage in Hanoi to loud applause.",
    "On Tuesday Narendra Modi stepped down from the board in Hanoi.",
])
def test_stepping_off_no_plane_is_no_arrival(body):
    assert visits(body) == []

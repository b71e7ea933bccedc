"""A country's generic leader's title ("el dirigente chino") after the story last named a man of
that country who once headed its government, the year's leader not named before it, stands for
that man (extract/seat_holders.py). Beside it, the look-alikes that keep the year's leader: a
minister named last (never a head), and the year's leader named before."""

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

MONDAY = dt.date(2016, 5, 16)


def _visitors_of_kazan(body: str) -> set[str]:
    events = extract_article("x", None, None, body, MONDAY, "es").events
    visits = [e for e in events if "visit" in e.types() and e.location_id == "kazan"]
    assert len(visits) == 1, [(e.types(), e.location_id) for e in events]
    return visits[0].participants


def test_the_leaders_title_stands_for_the_past_premier_named_before():
    body = ("El ex primer ministro chino Wen Jiabao llegó este lunes a Moscú en visita privada. "
            "El dirigente chino visitará Kazán el jueves.")
    assert _visitors_of_kazan(body) == {"wen-jiabao"}


@pytest.mark.parametrize("body", [
    # (a minister named last: the title is the year's leader's)
    "El ex canciller chino Tang Jiaxuan llegó este lunes a Moscú en visita privada. "
    "El dirigente chino visitará Kazán el jueves.",
    # (the year's leader named before: the title is his)
    "Xi Jinping recibió este lunes a Putin. El ex primer ministro chino Wen Jiabao llegó a Moscú. "
    "El dirigente chino visitará Kazán el jueves.",
])
def test_the_years_leader_keeps_the_title(body):
    assert _visitors_of_kazan(body) == {"Q15031"}  # (Q15031: Xi Jinping)

"""A Spanish visit told on its last day with the end verb before its word ("que hoy miércoles concluye
una visita oficial de tres días"): the day is its last, and its days count back from it; beside the
verb after the word ("la cumbre, que concluye el sábado"), which stays the end of a span that began on
the day the sentence gives. Every fixture is written for these tests (issue 25)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article


def _visit_days(body, published):
    events = extract_article("t1", None, None, body, published, "es").events
    return [(e.date.first, e.date.last) for e in events if e.family == "visit" and e.date]


def test_a_visit_that_concludes_today_ran_the_days_before():
    body = ("El rey de España recibió ayer martes en el Palacio Real al presidente de Brasil, Luiz Inácio Lula da "
            "Silva, que hoy miércoles concluye una visita oficial de tres días a Madrid.")
    assert (dt.date(2023, 4, 24), dt.date(2023, 4, 26)) in _visit_days(body, dt.date(2023, 4, 26))


def test_look_alike_a_visit_that_begins_today_runs_the_days_after():
    body = ("El presidente de Brasil, Luiz Inácio Lula da Silva, inicia hoy miércoles una visita oficial de tres "
            "días a Madrid.")
    assert (dt.date(2023, 4, 26), dt.date(2023, 4, 28)) in _visit_days(body, dt.date(2023, 4, 26))

"""A verb of lasting after a several-day event's word states its days ("the congress opened on
Thursday and will last three days", "съезд продлится три дня"): from its day on
(extract/event_spans.py, knowledge/event_spans.yaml ``lasts``). Beside each, a look-alike
whose verb of lasting is another clause's or another event's, which keeps the one day."""

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

THURSDAY, SATURDAY = dt.date(2022, 3, 10), dt.date(2022, 3, 12)


def _gathering_days(body: str, language: str):
    events = extract_article("x", None, None, body, THURSDAY, language).events
    gatherings = [e for e in events if {"summit", "forum"} & e.types()]
    assert len(gatherings) == 1, [e.types() for e in events]
    return gatherings[0].date.first, gatherings[0].date.last


@pytest.mark.parametrize("body, language", [
    ("The Caspian summit opened in Ashgabat on Thursday and will last three days.", "en"),
    ("Каспийский саммит открылся в четверг в Ашхабаде и продлится три дня.", "ru"),
    ("La cumbre del Caspio comenzó el jueves en Asjabad y durará tres días.", "es"),
    ("Der Kaspische Gipfel begann am Donnerstag in Aschgabat und soll drei Tage dauern.", "de"),
])
def test_a_stated_lasting_spans_the_summit(body, language):
    assert _gathering_days(body, language) == (THURSDAY, SATURDAY)


@pytest.mark.parametrize("body, language", [
    # another clause's lasting: the ceasefire's, not the summit's
    ("The Caspian summit opened in Ashgabat on Thursday; the ceasefire will last three days.", "en"),
    # another event word's: the talks last, the summit is dated by its day
    ("Каспийский саммит открылся в четверг в Ашхабаде, а переговоры продлятся три дня.", "ru"),
])
def test_another_clauses_lasting_is_not_the_summits(body, language):
    assert _gathering_days(body, language) == (THURSDAY, THURSDAY)

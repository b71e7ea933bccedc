"""Meetings told over several days, and a weekday in a clause of going on. Two leaders' talks
"over two days" keep both days (extract/event_spans.py reads a meeting's own stated duration);
a meeting told with one day, or held at a summit stated to last several, keeps its one day. A
weekday after a verb of going on in the present ("the talks continue on Tuesday") is the coming
one; in the past ("continued on Tuesday") the last one. The sentences are written for these
tests; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.dates import resolve_dates
from ruchina.extract.extraction import extract_article
from ruchina.extract.tenses import sentence_tense

D = dt.date
SUNDAY = D(2021, 3, 14)
THURSDAY = D(2021, 3, 11)


def _days(body: str, event_type: str, published: dt.date = SUNDAY, language: str = "en"):
    events = extract_article("x", None, None, body, published, language).events
    found = [e for e in events if event_type in e.types()]
    assert len(found) == 1, [(e.types(), e.date) for e in events]
    return found[0].date.first, found[0].date.last


def test_talks_ended_after_days_of_them_span_those_days():
    body = ("Luiz Inacio Lula da Silva and Cyril Ramaphosa wrapped up three days of informal talks "
            "in Durban on Sunday, agreeing to expand a grain corridor.")
    assert _days(body, "meeting") == (D(2021, 3, 12), SUNDAY)


def test_talks_on_one_day_after_an_arrival_keep_that_day():
    body = ("Luiz Inacio Lula da Silva, who arrived in Durban on Friday, held talks with Cyril "
            "Ramaphosa on Sunday and agreed to expand a grain corridor.")
    assert _days(body, "meeting") == (SUNDAY, SUNDAY)


def test_talks_at_a_summit_of_several_days_keep_their_day():
    body = ("Luiz Inacio Lula da Silva met Cyril Ramaphosa on Sunday on the sidelines of a "
            "three-day summit of the African Union in Durban.")
    assert _days(body, "meeting") == (SUNDAY, SUNDAY)


def test_spanish_informal_summit_of_two_days_spans_both():
    body = ("El presidente brasileño, Luiz Inacio Lula da Silva, y el sudafricano Cyril Ramaphosa "
            "comenzaron este jueves una cumbre informal de dos días en Durban.")
    assert _days(body, "summit", THURSDAY, "es") == (THURSDAY, D(2021, 3, 12))


def test_spanish_informal_summit_without_a_duration_keeps_its_day():
    body = ("El presidente brasileño, Luiz Inacio Lula da Silva, y el sudafricano Cyril Ramaphosa "
            "comenzaron este jueves una cumbre informal en Durban.")
    assert _days(body, "summit", THURSDAY, "es") == (THURSDAY, THURSDAY)


@pytest.mark.parametrize(
    "language, going_on, gone_on",
    [
        ("en", "The forum's debates continue on Tuesday.", "The forum's debates continued on Tuesday."),
        ("fr", "Les débats du forum se poursuivent mardi.", "Les débats du forum se sont poursuivis mardi."),
        ("es", "Los debates del foro continúan el martes.", "Los debates del foro continuaron el martes."),
        ("ru", "Работа форума продолжится во вторник.", "Работа форума продолжилась во вторник."),
        ("de", "Die Beratungen des Forums werden am Dienstag fortgesetzt.",
         "Die Beratungen des Forums wurden am Dienstag fortgesetzt."),
    ],
)
def test_a_weekday_after_a_verb_of_going_on(language, going_on, gone_on):
    (coming,) = resolve_dates(going_on, THURSDAY, sentence_tense(going_on, language), language)
    (last,) = resolve_dates(gone_on, THURSDAY, sentence_tense(gone_on, language), language)
    assert coming.first == D(2021, 3, 16), "the coming Tuesday"
    assert last.first == D(2021, 3, 9), "the last Tuesday"

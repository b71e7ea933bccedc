"""Spanish "a mediados de mes" ("in the middle of the month", no month named): the page's month, as
"este mes" is (knowledge/calendar.yaml, es ``relative: month``). Fixtures written for these tests,
with other people and places than any page read; beside a month named, which keeps its own."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2024, 10, 24)


def visits(text):
    return [m for m in extract_article("t1", None, None, text, DAY, "es").event_mentions if m.event_type == "visit"]


def test_mid_month_is_the_page_s_month():
    found = visits("El canciller Serguéi Lavrov, que a mediados de mes visitó Pekín, habló ayer con la prensa.")
    assert [(m.date.first, m.date.last, m.date.precision) for m in found] == [
        (dt.date(2024, 10, 1), dt.date(2024, 10, 31), "month")]


def test_mid_month_of_a_named_month_is_that_month():
    found = visits("El canciller Serguéi Lavrov, que a mediados de marzo visitó Pekín, habló ayer con la prensa.")
    assert [(m.date.first, m.date.precision) for m in found] == [(dt.date(2024, 3, 1), "month")]

"""A parade told by its month ("expected in Moscow in May for the parade") and the parade of a day
in that month its other reports date to the day, in the same city, are one parade though the city is
common in the corpus (corpus/parade_months.py). Beside it, the look-alikes that must not: a month that
does not hold the day, and a month report that shares nothing but the common city.

Every fixture is written for these tests (a parade in Minsk, 2031)."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.corpus.event_reports import Commonness
from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2031, 4, 10)
MINSK = "minsk"


def _parade_rows(*extractions):
    rows = merge_across_articles([e for x in extractions for e in x.events], {},
                                 common=Commonness(frozenset({MINSK}), frozenset({"Minsk"})))
    return [row for row in rows if row.event_type == "parade"]


def _together(rows, a, b):
    return any({a, b} <= set(row.article_ids) for row in rows)


def _by_month(article_id: str, guest: str, month: str):
    return extract_article(article_id, f"{guest} to visit Minsk", None,
                           f"{guest} is expected in Minsk in {month} for the military parade.", PUBLISHED)


def _on_the_day(article_id: str):
    return extract_article(article_id, "Guests of the parade", None,
                           "Kassym-Jomart Tokayev will attend the military parade in Minsk on July 3.", PUBLISHED)


def test_a_parade_told_by_its_month_is_the_parade_of_a_day_in_it_in_that_city():
    rows = _parade_rows(_by_month("month", "Kassym-Jomart Tokayev", "July"), _on_the_day("day"), _on_the_day("day2"))
    assert _together(rows, "month", "day")


def test_look_alike_a_month_that_does_not_hold_the_day_is_another_parade():
    rows = _parade_rows(_by_month("month", "Kassym-Jomart Tokayev", "May"), _on_the_day("day"), _on_the_day("day2"))
    assert not _together(rows, "month", "day")


def test_look_alike_a_month_report_sharing_only_the_common_city_ties_nothing():
    rows = _parade_rows(_by_month("month", "Shavkat Mirziyoyev", "July"), _on_the_day("day"), _on_the_day("day2"))
    assert not _together(rows, "month", "day")

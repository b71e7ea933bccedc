"""A visit told by its month, "will pay a state visit to India later this month", is the visit of
those days that another article tells begun in the capital, though the country is common in the
corpus and ties nothing (issue 23, classes 3 and 7; corpus/visit_months.py). Beside it the
look-alikes: another visitor's plan, and a plan for another month, stay apart.

Every fixture is written for these tests, with visits and leaders of their own."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.corpus.event_reports import Commonness
from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog


def known(name: str) -> str:
    return entity_catalog().named(name).entity_id


INDIA_COMMON = Commonness(frozenset({known("India")}), frozenset({"India"}))
ARRIVAL = ("b", "Tokayev in New Delhi", "Kassym-Jomart Tokayev arrived in New Delhi on Monday for talks with "
           "Narendra Modi on trade.", dt.date(2031, 3, 18))


def visit_rows(*articles):
    events = [e for article_id, title, body, day in articles
              for e in extract_article(article_id, title, None, body, day, "en").events if e.family == "visit"]
    return merge_across_articles(events, {}, common=INDIA_COMMON)


def test_a_visit_planned_for_this_month_is_the_visit_begun_in_the_capital_that_month():
    plan = ("a", "Tokayev to travel", "Kassym-Jomart Tokayev will pay a state visit to India later this month, "
            "his office said.", dt.date(2031, 3, 2))
    rows = visit_rows(plan, ARRIVAL)
    assert [sorted(r.article_ids) for r in rows] == [["a", "b"]]
    assert rows[0].location_id == known("New Delhi")


def test_another_visitors_plan_for_the_month_stays_apart():
    plan = ("a", "Lula to travel", "Luiz Inácio Lula da Silva will pay a state visit to India later this month, "
            "his office said.", dt.date(2031, 3, 2))
    rows = visit_rows(plan, ARRIVAL)
    assert sorted(sorted(r.article_ids) for r in rows) == [["a"], ["b"]]


def test_a_plan_for_another_month_stays_apart():
    plan = ("a", "Tokayev to travel", "Kassym-Jomart Tokayev will pay a state visit to India in May, "
            "his office said.", dt.date(2031, 3, 2))
    rows = visit_rows(plan, ARRIVAL)
    assert sorted(sorted(r.article_ids) for r in rows) == [["a"], ["b"]]

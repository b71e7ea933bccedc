"""A visit dated by its arrival alone lasts until its last part (corpus/visit_last_days.py): the
talks its visitor holds there on a later day are part of it (event_parts.py), so the visit ran
to that day. Beside each, a look-alike that keeps its days: a visit whose reports give its
length, and an arrival with no later part. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.extract.extraction import extract_article

LULA = "luiz-inacio-lula-da-silva"
MONDAY, TUESDAY, WEDNESDAY = dt.date(2024, 9, 2), dt.date(2024, 9, 3), dt.date(2024, 9, 4)
THURSDAY = dt.date(2024, 9, 5)


def rows(body: str, published: dt.date = WEDNESDAY):
    return merge_across_articles(extract_article("a1", "Lula in Indonesia", None, body, published, "en").events, {})


def visit_days(body: str, published: dt.date = WEDNESDAY):
    (visit,) = [row for row in rows(body, published) if row.event_type in ("visit", "state_visit")]
    return visit.start_date, visit.end_date


def test_a_visit_dated_by_its_arrival_lasts_until_its_visitor_s_talks_the_next_day():
    body = ("Brazilian President Luiz Inacio Lula da Silva arrived in Indonesia on Monday for his first visit "
            "there in a decade, landing in Jakarta late at night.\n\n"
            "On Tuesday Lula and Indonesian President Joko Widodo held talks in Jakarta on trade and nickel.")
    assert visit_days(body) == (MONDAY, TUESDAY)


def test_an_arrival_with_no_later_part_keeps_its_one_day():
    body = ("Brazilian President Luiz Inacio Lula da Silva arrived in Indonesia on Monday for his first visit "
            "there in a decade, landing in Jakarta late at night.\n\n"
            "Lula is expected to discuss trade and nickel with his hosts.")
    assert visit_days(body) == (MONDAY, MONDAY)


def test_a_visit_whose_length_is_told_keeps_it():
    body = ("Brazilian President Luiz Inacio Lula da Silva arrived in Jakarta on Monday for a three-day visit "
            "to Indonesia.\n\n"
            "On Tuesday Lula and Indonesian President Joko Widodo held talks in Jakarta on trade and nickel.")
    assert visit_days(body, THURSDAY) == (MONDAY, WEDNESDAY)

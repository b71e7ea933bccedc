"""A visit told to the day over more days than a report by day spans (two weeks: "arrived on March 3 ...
On March 14, the last day of his visit, ...") is still its visitor's one stay: the report of his arrival
that names another host joins it (corpus/merge_keys.py files it by its weeks, corpus/visit_hosts.py
reads its days as a stay). Beside it the look-alike that must not: another leader's stay in that
capital on those days.

Every fixture is written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.corpus.event_reports import Commonness
from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2031, 3, 20)


def _visit_rows(*extractions):
    rows = merge_across_articles([e for x in extractions for e in x.events], {}, common=Commonness())
    return [row for row in rows if row.event_type in ("visit", "state_visit")]


def _together(rows, a, b):
    return any({a, b} <= set(row.article_ids) for row in rows)


def _arrival(article_id: str, guest: str, minister: str):
    return extract_article(article_id, f"{guest} in Beijing", None,
                           f"{guest} arrived in Beijing on March 3 for a state visit with a delegation that "
                           f"includes {minister}.", PUBLISHED)


def _two_weeks(article_id: str = "two-weeks"):
    return extract_article(article_id, "Tokayev's long stay in China", None,
                           "Kassym-Jomart Tokayev arrived in China on March 3 for a visit. On March 14, the last "
                           "day of his visit, Tokayev met Premier Li Qiang.", PUBLISHED)


def test_a_two_week_stay_and_the_arrival_with_another_host_are_one_visit():
    two_weeks = _two_weeks()
    [visit] = [e for e in two_weeks.events if e.family == "visit"]
    assert (visit.date.first, visit.date.last) == (dt.date(2031, 3, 3), dt.date(2031, 3, 14))
    assert _together(_visit_rows(_arrival("arrival", "Kazakh President Kassym-Jomart Tokayev",
                                               "Prime Minister Olzhas Bektenov"), two_weeks),
                     "arrival", "two-weeks")


def test_look_alike_another_leaders_stay_on_those_days_is_another_visit():
    rows = _visit_rows(_arrival("uzbek", "Uzbek President Shavkat Mirziyoyev", "Foreign Minister Bakhtiyor Saidov"), _two_weeks())
    assert not _together(rows, "uzbek", "two-weeks")


def test_a_visit_of_a_page_with_no_date_is_filed_without_its_weeks():
    """(no time at all: nothing to file by weeks, and nothing fails)"""
    from ruchina.corpus.merge_keys import merge_keys
    undated = extract_article("undated", "Tokayev in China", None,
                              "Kassym-Jomart Tokayev is on a visit to China.", None)
    assert undated.events
    for event in undated.events:
        filed, sought = merge_keys(event)
        assert not any("one at a time" in key for key in filed | sought)

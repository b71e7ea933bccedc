"""A visit of several days, reported by several articles at different grains (issue 23, class
3): the day's story ("arrived in the capital for a state visit", dated by its article's day),
the range another report gives ("in the country from Tuesday to Thursday"), the country one
names and the city another names. They are one visit, over the range (event_rows.py); the same
people's visit on days that meet, to places that agree, is one visit though its people and
places are common in the corpus (event_reports.ONE_AT_A_TIME). Each beside a look-alike.

Fixtures are written for these tests in the shape of what real pages say."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.corpus.event_reports import Commonness
from ruchina.extract.extraction import extract_article

PUTIN, TOKAYEV, LUKASHENKO = "Q7747", "kassym-jomart-tokayev", "alexander-lukashenko"
MOSCOW, RUSSIA = "Q649", "Q159"
TUESDAY = dt.date(2030, 3, 12)
WEDNESDAY = TUESDAY + dt.timedelta(days=1)
#: a corpus about these leaders' meetings in Russia: they and the places are in most articles
COMMON = Commonness(frozenset({PUTIN, TOKAYEV, LUKASHENKO, MOSCOW, RUSSIA}))


def visit_rows(*articles):
    events = [e for number, (body, published) in enumerate(articles)
              for e in extract_article(f"a{number}", None, None, body, published).events]
    rows = merge_across_articles(events, {}, common=COMMON)
    return [row for row in rows if row.event_type in ("visit", "state_visit")]


def test_the_days_story_and_the_range_of_another_report_are_one_visit_over_the_range():
    assert TUESDAY.weekday() == 1
    (row,) = visit_rows(("Kassym-Jomart Tokayev arrived in Moscow for a state visit.", TUESDAY),
                        ("Kassym-Jomart Tokayev is in Russia on a state visit from Tuesday to Thursday.",
                         TUESDAY + dt.timedelta(days=1)))
    assert (row.start_date, row.end_date) == (TUESDAY, TUESDAY + dt.timedelta(days=2))
    assert row.location_id == MOSCOW  # (the finer place of the two)
    assert set(row.article_ids) == {"a0", "a1"}


def test_a_report_of_one_day_of_the_visit_leaves_the_range_of_days():
    (row,) = visit_rows(("Kassym-Jomart Tokayev is in Russia on a state visit from Tuesday to Thursday.", WEDNESDAY),
                        ("On Wednesday, Kassym-Jomart Tokayev continued his state visit to Russia.", WEDNESDAY))
    assert (row.start_date, row.end_date) == (TUESDAY, TUESDAY + dt.timedelta(days=2))


def test_another_visitor_on_those_days_or_the_visitor_weeks_later_is_another_visit():
    rows = visit_rows(("Kassym-Jomart Tokayev arrived in Moscow for a state visit.", TUESDAY),
                      ("Alexander Lukashenko is in Russia on a state visit from Tuesday to Thursday.",
                       TUESDAY + dt.timedelta(days=1)))
    assert len(rows) == 2
    rows = visit_rows(("Kassym-Jomart Tokayev arrived in Moscow for a state visit.", TUESDAY),
                      ("Kassym-Jomart Tokayev is in Russia on a state visit from Tuesday to Thursday.",
                       TUESDAY + dt.timedelta(days=22)))
    assert len(rows) == 2


def test_a_report_naming_the_visitor_and_one_naming_the_host_too_are_one_visit():
    (row,) = visit_rows(("Kassym-Jomart Tokayev arrived in Moscow for a state visit.", TUESDAY),
                        ("Kassym-Jomart Tokayev is in Russia on a state visit at the invitation of Vladimir Putin "
                         "from Tuesday to Thursday.", TUESDAY + dt.timedelta(days=1)))
    assert set(row.participant_ids) == {TOKAYEV, PUTIN}


def test_two_visitors_of_one_host_on_the_same_days_are_two_visits():
    rows = visit_rows(("Kassym-Jomart Tokayev is in Russia on a state visit at the invitation of Vladimir Putin "
                       "from Tuesday to Thursday.", TUESDAY + dt.timedelta(days=1)),
                      ("Alexander Lukashenko is in Russia on a state visit at the invitation of Vladimir Putin "
                       "from Tuesday to Thursday.", TUESDAY + dt.timedelta(days=1)))
    assert len(rows) == 2


# --- the meetings of a visit, each on its day (issue 23, class 3) ----------------------------


def meetings(body, published=WEDNESDAY):
    return [e for e in extract_article("a", None, None, body, published).events if e.family == "gathering"]


def test_talks_on_one_day_and_an_informal_meeting_the_day_before_are_two_meetings():
    talks, dinner = meetings("Kassym-Jomart Tokayev and Vladimir Putin held talks in the Kremlin on Tuesday. The "
                             "two presidents had already met for an informal dinner on Monday evening.")
    assert (talks.date.first, dinner.date.first) == (TUESDAY, TUESDAY - dt.timedelta(days=1))
    assert talks.main and not dinner.main


def test_the_talks_told_again_by_their_weekday_or_their_date_are_one_meeting():
    (talks,) = meetings("Kassym-Jomart Tokayev and Vladimir Putin held talks in the Kremlin on Tuesday. The "
                        "talks on Tuesday lasted five hours.")
    assert talks.date.first == TUESDAY
    (talks,) = meetings("Kassym-Jomart Tokayev and Vladimir Putin held talks in the Kremlin on March 12. The "
                        "talks on Tuesday lasted five hours.")
    assert talks.date.first == TUESDAY


"""Two meetings in one city a few days apart (corpus/unnamed_meeting_days.py): a report naming no one,
told on Monday, is of another meeting than the talks told there on Thursday, though the city and days
within FIRM_DAYS_APART tie the two; reports of the same day still merge, its people named or not.

Fixtures are written for these tests in the shape of what real pages say."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.corpus.unnamed_meeting_days import unnamed_on_another_day
from ruchina.extract.extraction import extract_article

TUESDAY = dt.date(2031, 5, 13)
FRIDAY = dt.date(2031, 5, 16)
MONDAY, THURSDAY = dt.date(2031, 5, 12), dt.date(2031, 5, 15)
THURSDAYS_TALKS = ("Sergei Lavrov and Wang Yi held talks in Kazan on Thursday.", FRIDAY)
MONDAYS_MEETING = ("The two officials who prepare the yearly talks went over the agenda at a meeting in Kazan on Monday.",
                   TUESDAY)
MONDAYS_MEETING_AGAIN = ("Officials of the two foreign ministries met in Kazan on Monday to draft the papers for the talks.",
                         TUESDAY)


def meeting_rows(*articles):
    events = [e for number, (body, published) in enumerate(articles)
              for e in extract_article(f"a{number}", None, None, body, published).events]
    return sorted((row.start_date, sorted(row.article_ids), sorted(row.participant_ids))
                  for row in merge_across_articles(events, {}) if row.event_type == "meeting")


def test_a_meeting_naming_no_one_on_monday_is_not_the_talks_there_on_thursday():
    assert meeting_rows(THURSDAYS_TALKS, MONDAYS_MEETING, MONDAYS_MEETING_AGAIN) == [
        (MONDAY, ["a1", "a2"], []),
        (THURSDAY, ["a0"], ["sergei-lavrov", "wang-yi"]),
    ]


def test_one_meeting_told_twice_once_without_its_people_on_the_same_day_still_merges():
    unnamed = ("The meeting in Kazan on Thursday lasted three hours.", FRIDAY)
    assert meeting_rows(THURSDAYS_TALKS, unnamed) == [(THURSDAY, ["a0", "a1"], ["sergei-lavrov", "wang-yi"])]


def test_days_a_day_or_whole_weeks_apart_and_reports_naming_people_are_not_told_apart():
    assert unnamed_on_another_day(MONDAY, False, THURSDAY, True)
    assert not unnamed_on_another_day(MONDAY, False, MONDAY + dt.timedelta(days=1), True)  # (the evening, elsewhere the next day)
    assert not unnamed_on_another_day(MONDAY, False, MONDAY + dt.timedelta(days=7), True)  # (a weekday read a week off)
    assert not unnamed_on_another_day(MONDAY, True, THURSDAY, True)  # (their people say whether they are one)

"""Talks of two leaders on two days of one visit (issue 23, class 3): an article that tells
the informal talks of Monday and the formal talks of Tuesday apart keeps them apart across
articles too; another article's report of one day's talks joins that day's, not both. The
look-alike: an article telling one day's talks only joins the other article's report of them.

Fixtures are written for these tests in the shape of what real pages say."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.extract.extraction import extract_article

MONDAY = dt.date(2030, 3, 11)
TUESDAY = MONDAY + dt.timedelta(days=1)
TWO_DAYS = ("Vladimir Putin and Kassym-Jomart Tokayev held informal talks over dinner in Moscow on 11 March. "
            "On 12 March the two presidents held formal talks in the Kremlin.", TUESDAY)
TUESDAYS_TALKS = ("Vladimir Putin and Kassym-Jomart Tokayev held talks in the Kremlin on 12 March.", TUESDAY)


def meeting_rows(*articles):
    events = [e for number, (body, published) in enumerate(articles)
              for e in extract_article(f"a{number}", None, None, body, published).events]
    return sorted((row.start_date, sorted(row.article_ids))
                  for row in merge_across_articles(events, {}) if row.event_type == "meeting")


def test_talks_an_article_dates_to_two_days_stay_two_rows_beside_another_report_of_one_day():
    mondays = ("Vladimir Putin and Kassym-Jomart Tokayev met for dinner in Moscow on 11 March.", MONDAY)
    assert meeting_rows(mondays, TWO_DAYS) == [(MONDAY, ["a0", "a1"]), (TUESDAY, ["a1"])]
    assert meeting_rows(TWO_DAYS, TUESDAYS_TALKS) == [(MONDAY, ["a0"]), (TUESDAY, ["a0", "a1"])]


def test_an_article_telling_one_days_talks_joins_the_other_report_of_them():
    mondays = ("Vladimir Putin and Kassym-Jomart Tokayev held informal talks over dinner in Moscow on 11 March.",
               TUESDAY)
    assert meeting_rows(mondays, ("Vladimir Putin and Kassym-Jomart Tokayev met in Moscow on 11 March.", TUESDAY)) \
        == [(MONDAY, ["a0", "a1"])]

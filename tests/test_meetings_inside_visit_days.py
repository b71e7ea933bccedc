"""A meeting one article dates with the visit's days its sentence also tells ("met X during his
10-12 May visit") and another to its own day ("received X on Wednesday")
is held on that day: a meeting lasts a day (corpus/meeting_days.py). Beside it the look-alike: a
forum, which lasts days, keeps the range. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.corpus.event_reports import Commonness
from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2031, 5, 11)  # a Sunday


def _rows(*extractions):
    return merge_across_articles([e for x in extractions for e in x.events], {}, common=Commonness())


def test_a_meeting_dated_with_its_visits_days_and_to_its_own_day_is_held_that_day():
    span = extract_article("span", None, None, "Kazakh President Kassym-Jomart Tokayev met Chinese Premier Li Qiang "
                           "during his 10-12 May visit to Astana.", PUBLISHED)
    day = extract_article("day", None, None, "Kazakh President Kassym-Jomart Tokayev received Chinese Premier "
                          "Li Qiang in Astana on Sunday.", PUBLISHED)
    meetings = [row for row in _rows(span, day) if row.event_type == "meeting" and {"span", "day"} <= set(row.article_ids)]
    assert [(row.start_date, row.end_date) for row in meetings] == [(dt.date(2031, 5, 11), dt.date(2031, 5, 11))]


def test_look_alike_a_forum_keeps_its_range_of_days():
    span = extract_article("span", None, None, "The Astana International Forum was held from 10 to 12 May 2031, "
                           "with Kassym-Jomart Tokayev attending.", PUBLISHED)
    day = extract_article("day", None, None, "Kassym-Jomart Tokayev spoke at the Astana International Forum "
                          "on Sunday.", PUBLISHED)
    forums = [row for row in _rows(span, day) if {"span", "day"} <= set(row.article_ids)]
    assert forums and all((row.start_date, row.end_date) == (dt.date(2031, 5, 10), dt.date(2031, 5, 12))
                          for row in forums)

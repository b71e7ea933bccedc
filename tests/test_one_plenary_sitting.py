"""Two reports of a forum's plenary session on one day at one place, one naming two speakers and the
other the five on its stage, are one sitting: each names those it is about, the people of one all among
the other's (corpus/event_merge.py, _Cluster._one_sitting). Beside it, the look-alike that must stay
apart: talks of two and a meeting of five the same day in the same city. Fixtures written for these
tests (other people, another forum)."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.extract.extraction import extract_article

WEDNESDAY = dt.date(2024, 9, 4)


def rows(*articles: tuple[str, str, str]):
    events = [e for aid, title, body in articles for e in extract_article(aid, title, None, body, WEDNESDAY, "en").events]
    return merge_across_articles(events, {})


def test_two_reports_of_one_plenary_session_are_one_row():
    found = rows(("a1", "Putin at the forum", "Vladimir Putin and Narendra Modi took part in the plenary session "
                                              "in Vladivostok on Wednesday."),
                 ("a2", "Forum live", "The plenary session is under way in Vladivostok today. On stage: Vladimir "
                                      "Putin, Narendra Modi, Kassym-Jomart Tokayev, Shavkat Mirziyoyev and Xi Jinping."))
    sessions = [r for r in found if r.event_type == "forum"]
    assert [sorted(r.article_ids) for r in sessions] == [["a1", "a2"]]


def test_talks_of_two_and_a_meeting_of_five_stay_two_rows():
    found = rows(("c1", "Putin meets Modi", "Vladimir Putin met Narendra Modi in Vladivostok on Wednesday."),
                 ("c2", "Putin meets leaders", "Vladimir Putin met Narendra Modi, Kassym-Jomart Tokayev, Shavkat "
                                               "Mirziyoyev and Xi Jinping in Vladivostok on Wednesday."))
    assert sorted(r.article_ids for r in found if r.event_type == "meeting") == [["c1"], ["c2"]]

"""An events row one article calls two leaders' "summit" and another tells as their talks is a
meeting (corpus/summit_of_two_rows.py); a body's summit, or one of many, stays a summit whatever
meetings are told with it. The texts are written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.extract.extraction import extract_article

THURSDAY = dt.date(2021, 3, 11)
FRIDAY = THURSDAY + dt.timedelta(days=1)


def rows(*articles):
    events = [e for number, (title, body, published, language) in enumerate(articles)
              for e in extract_article(f"a{number}", title, None, body, published, language).events]
    return merge_across_articles(events, {})


TALKS = ("Lula and Ramaphosa end informal summit at the coast",
         "Luiz Inacio Lula da Silva and Cyril Ramaphosa wrapped up two days of informal talks in Durban on "
         "Friday, agreeing to expand port links.", FRIDAY, "en")


def test_a_summit_of_two_another_article_tells_as_their_talks_is_a_meeting():
    summit = ("Lula y Ramaphosa inician una cumbre informal en Durban",
              "El presidente brasileño, Luiz Inacio Lula da Silva, y el sudafricano Cyril Ramaphosa comenzaron "
              "este jueves una cumbre informal de dos días en Durban.", THURSDAY, "es")
    (row,) = [r for r in rows(TALKS, summit) if len(r.article_ids) == 2]
    assert row.event_type == "meeting"
    assert (row.start_date, row.end_date) == (THURSDAY, FRIDAY)


def test_a_bodys_summit_with_talks_told_in_another_article_stays_a_summit():
    """The look-alike: the summit is a body's, which the two attend; their talks are another event."""
    summit = ("BRICS summit opens in Durban",
              "Luiz Inacio Lula da Silva and Cyril Ramaphosa opened the BRICS summit in Durban on Thursday.",
              THURSDAY, "en")
    built = rows(TALKS, summit)
    assert any(r.event_type == "summit" and "a1" in r.article_ids for r in built)

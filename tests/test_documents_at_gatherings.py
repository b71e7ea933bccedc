"""A document told adopted at a gathering its own sentence names and dates ("the Joint Statement
adopted at the summit in Hanoi in 2016") is dated by that gathering, an earlier event on a later page,
not a document of the story's day (documents_at_gatherings.py, events_en.yaml `adopted_at`). Texts
written for these tests, beside a look-alike whose document is the day's."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2021, 10, 28)


def extraction(body: str):
    return extract_article("d", "Russia-ASEAN summit", None, body, DAY, "en")


def test_a_document_adopted_at_an_earlier_dated_summit_is_not_the_day_s():
    found = extraction("Vladimir Putin took part in the Russia-ASEAN summit by video link on Thursday. Ties, as set "
                       "out in the Joint Statement adopted at the Russia-ASEAN Summit in Hanoi in 2016, are strategic.")
    (main,) = [e for e in found.events if e.main]
    assert "agreement" not in main.types()
    (statement,) = [m for m in found.event_mentions if m.event_type == "agreement"]
    assert statement.date is not None and statement.date.first.year == 2016


def test_look_alike_a_document_adopted_at_the_day_s_summit_is_its():
    found = extraction("Vladimir Putin took part in the Russia-ASEAN summit by video link on Thursday. The leaders "
                       "adopted a joint statement at the end of the summit.")
    (statement,) = [e for e in found.events if "agreement" in e.types()]
    assert statement.date is not None and statement.date.first == dt.date(2021, 10, 28)

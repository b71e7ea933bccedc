"""A site, not a city, as the venue after "on" (issue 23, class 7): "the parade on Palace
Square" is held there, and then the report of the parade announced the day before and the
report of the parade held agree on its place; "talks on Ukraine" are about a country, not
held in it ("on" before a city or a country tells a topic).

Fixtures are written for these tests in the shape of what real pages say."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.extract.extraction import extract_article

SATURDAY = dt.date(2030, 5, 11)


def locations(body: str) -> dict[str, str | None]:
    return {m.event_type: m.location_id for m in extract_article("a", None, None, body, SATURDAY).event_mentions}


def test_a_parade_on_a_square_is_held_on_the_square():
    assert locations("Vladimir Putin will review the naval parade on Palace Square on Sunday.")["parade"] \
        == "palace-square"


def test_talks_on_a_country_are_not_held_in_it():
    assert locations("Vladimir Putin held talks with Alexander Lukashenko on Ukraine on Friday.")["meeting"] is None


WEDNESDAY, THURSDAY = dt.date(2030, 5, 8), dt.date(2030, 5, 9)
ANNOUNCED = ("Alexander Lukashenko arrived in Moscow on Wednesday. He is to stand beside Vladimir Putin "
             "at the parade on Red Square on Thursday.")


def parade_rows(*articles):
    events = [e for number, (body, published) in enumerate(articles)
              for e in extract_article(f"a{number}", None, None, body, published).events]
    return [row for row in merge_across_articles(events, {}) if row.event_type == "parade"]


def test_the_parade_announced_the_day_before_and_the_parade_held_are_one_row():
    (row,) = parade_rows((ANNOUNCED, WEDNESDAY),
                         ("Vladimir Putin and Alexander Lukashenko watched the parade in Moscow on Thursday.", THURSDAY))
    assert set(row.article_ids) == {"a0", "a1"}
    assert row.status == "occurred"


def test_a_parade_held_in_another_city_on_another_day_is_another_row():
    rows = parade_rows((ANNOUNCED, WEDNESDAY),
                       ("Vladimir Putin and Alexander Lukashenko watched the naval parade in Saint Petersburg "
                        "on Sunday.", THURSDAY + dt.timedelta(days=3)))
    assert len(rows) == 2

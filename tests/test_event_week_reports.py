"""Reports dated only by "early this week" in French, Spanish and German, and the event they
join across articles (issue 23's failure class 7): the phrase dates a report to the week of
publication, and a summit's report tied as strongly to the summit as to talks on its
sidelines is the summit's, while a report of the talks told the same way is the talks'
(knowledge/calendar.yaml, corpus/event_reports.py, corpus/event_merge.py).

Every fixture is written for these tests, with a summit and leaders of their own; each
stands beside a look-alike that must not do what it does."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.corpus.event_merge import _Cluster, choose_cluster
from ruchina.corpus.event_reports import NO_COMMONNESS, Report
from ruchina.extract.dates import resolve_dates
from ruchina.extract.extraction import extract_article

THURSDAY = dt.date(2024, 7, 11)
WEEK = (dt.date(2024, 7, 8), dt.date(2024, 7, 14), "week")


@pytest.mark.parametrize("language, text", [
    ("fr", "Le président kazakh, venu au sommet d'Astana en début de semaine, est reparti jeudi."),
    ("es", "El G20 se reunió a principios de semana en Río de Janeiro."),
    ("es", "Los cancilleres hablaron a comienzos de semana."),
    ("de", "Anfang der Woche trafen sich die Außenminister in Minsk."),
])
def test_early_this_week_is_the_week_of_publication(language, text):
    dates = resolve_dates(text, THURSDAY, "past", language=language)
    assert [(d.first, d.last, d.precision) for d in dates if d.kind == "relative"] == [WEEK]


@pytest.mark.parametrize("language, text", [
    ("fr", "Le ministre travaille en semaine et se repose le dimanche."),  # on weekdays, no date
    ("es", "Los mercados abren los días de semana."),
    ("de", "Die Woche der Diplomatie begann mit einem Empfang."),
])
def test_a_week_word_that_names_no_week_is_no_date(language, text):
    assert not [d for d in resolve_dates(text, THURSDAY, "past", language=language) if d.kind == "relative"]


def _event(article_id, title, body, published, language="en", kind=None):
    extraction = extract_article(article_id, title, None, body, published, language)
    return next(e for e in extraction.events if kind is None or e.types() == {kind})


SUMMIT = _event("summit", "Leaders gather in Astana",
                "ASTANA, July 7 - A two-day summit opened in Astana on Sunday. Kazakh President Kassym-Jomart "
                "Tokayev welcomed Chinese President Xi Jinping and Belarusian President Alexander Lukashenko to "
                "the summit, which closes on Monday.", dt.date(2024, 7, 7), kind="summit")
TALKS = _event("talks", "Tokayev and Lukashenko meet",
               "ASTANA, July 8 - Kazakh President Kassym-Jomart Tokayev and Belarusian President Alexander "
               "Lukashenko held talks in Astana on Monday on the sidelines of the summit.", dt.date(2024, 7, 8),
               kind="meeting")


def _joins(event) -> str:
    clusters = []
    for member in (SUMMIT, TALKS):
        cluster = _Cluster()
        cluster.add(Report(member, NO_COMMONNESS))
        clusters.append(cluster)
    chosen = choose_cluster(Report(event, NO_COMMONNESS), clusters, NO_COMMONNESS)
    return clusters[chosen].members[0].article_id


def test_a_summit_told_early_this_week_joins_the_summit_not_the_talks_on_its_sidelines():
    # (the week begins on the talks' day, not on the summit's first: no day the report names)
    report = _event("semana", "Lukashenko vuelve a Minsk", "El presidente bielorruso Alexandr Lukashenko participó "
                    "a principios de semana en la cumbre celebrada en Astaná.", THURSDAY, "es", kind="summit")
    assert (report.date.first, report.date.last, report.date.precision) == WEEK
    assert _joins(report) == "summit"


def test_talks_told_early_this_week_join_the_talks():
    """The look-alike: the same two leaders' talks, told with the same week, are the talks."""
    report = _event("reunion", "Lukashenko y Tokayev", "El presidente bielorruso Alexandr Lukashenko se reunió a "
                    "principios de semana con el presidente kazajo Kassym-Jomart Tokayev en Astaná.", THURSDAY, "es",
                    kind="meeting")
    assert _joins(report) == "talks"

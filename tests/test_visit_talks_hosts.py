"""A visit row holds the host country's leaders its own talks (its parts) are with, told by
other articles than those of the visit (corpus/visit_talks_hosts.py); beside the look-alike, a
minister met on the visit, who is no host. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.corpus.event_reports import Commonness
from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2031, 3, 4)


def _rows(*extractions):
    return merge_across_articles([e for x in extractions for e in x.events], {}, common=Commonness())


def _arrival():
    return extract_article("arrival", "Tokayev in Beijing", None,
                           "Kazakh President Kassym-Jomart Tokayev arrived in Beijing on March 3 for a two-day "
                           "official visit.", PUBLISHED)


def _talks(article_id: str, host: str):
    return extract_article(article_id, "Tokayev holds talks", None,
                           f"Kazakh President Kassym-Jomart Tokayev held talks with {host} in Beijing on March 4.",
                           PUBLISHED)


def _visit(rows):
    (visit,) = [row for row in rows if row.event_type in ("visit", "state_visit") and "arrival" in row.article_ids]
    return visit


def test_the_premier_the_visitor_holds_talks_with_is_a_host_of_the_visit():
    rows = _rows(_arrival(), _talks("premier", "Chinese Premier Li Qiang"))
    assert {"kassym-jomart-tokayev", "li-qiang"} <= set(_visit(rows).participant_ids)


def test_look_alike_a_minister_met_on_the_visit_is_no_host():
    rows = _rows(_arrival(), _talks("minister", "Chinese Foreign Minister Wang Yi"))
    assert "wang-yi" not in _visit(rows).participant_ids


def _visit_of_1997(host: str):
    arrival = extract_article("arrival", "Yeltsin receives Jiang", None,
                              "Chinese President Jiang Zemin arrived in Moscow on April 22 for a three-day state "
                              "visit. President Boris Yeltsin received him in the Kremlin on April 23.",
                              dt.date(1997, 4, 23))
    talks = extract_article("talks", "Jiang holds talks", None,
                            f"Chinese President Jiang Zemin held talks with {host} in Moscow on April 23.",
                            dt.date(1997, 4, 23))
    return _visit(merge_across_articles([e for x in (arrival, talks) for e in x.events], {}, common=Commonness()))


def test_a_past_leaders_visit_holds_his_talks_and_takes_the_prime_minister_of_the_year_as_host():
    """(a leader of the past has no role today: offices.yaml's terms tell his country and the host's office)"""
    assert "viktor-chernomyrdin" in _visit_of_1997("Prime Minister Viktor Chernomyrdin").participant_ids


def test_look_alike_the_past_foreign_minister_met_is_no_host():
    visit = _visit_of_1997("Foreign Minister Yevgeny Primakov")
    assert not any("primakov" in person for person in visit.participant_ids)

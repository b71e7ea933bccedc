"""A visit row holds the host country's leaders its own talks (its parts) are with, told by
other articles than those of the visit (corpus/visit_talks_hosts.py): a visiting prime minister's,
the premier and the president; a visiting president's, the president alone. Beside them the
look-alikes: a minister met on the visit, and the premier a visiting president meets, are no hosts.
Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.corpus.event_reports import Commonness
from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2031, 3, 4)


def _rows(*extractions):
    return merge_across_articles([e for x in extractions for e in x.events], {}, common=Commonness())


def _arrival():
    return extract_article("arrival", "Modi in Beijing", None,
                           "Indian Prime Minister Narendra Modi arrived in Beijing on March 3 for a two-day "
                           "official visit.", PUBLISHED)


def _talks(article_id: str, host: str, visitor: str = "Indian Prime Minister Narendra Modi"):
    return extract_article(article_id, "Talks in Beijing", None,
                           f"{visitor} held talks with {host} in Beijing on March 4.", PUBLISHED)


def _visit(rows):
    (visit,) = [row for row in rows if row.event_type in ("visit", "state_visit") and "arrival" in row.article_ids]
    return visit


def test_the_premier_the_visitor_holds_talks_with_is_a_host_of_the_visit():
    rows = _rows(_arrival(), _talks("premier", "Chinese Premier Li Qiang"))
    assert {"Q1058", "li-qiang"} <= set(_visit(rows).participant_ids)  # (Q1058: Modi's Wikidata id)


def test_look_alike_a_minister_met_on_the_visit_is_no_host():
    rows = _rows(_arrival(), _talks("minister", "Chinese Foreign Minister Wang Yi"))
    assert "wang-yi" not in _visit(rows).participant_ids


def _visit_of_1997(host: str):
    arrival = extract_article("arrival", "Jiang receives Chernomyrdin", None,
                              "Russian Prime Minister Viktor Chernomyrdin arrived in Beijing on June 26 for a three-day "
                              "official visit. President Jiang Zemin received him in Zhongnanhai on June 27.",
                              dt.date(1997, 6, 27))
    talks = extract_article("talks", "Chernomyrdin holds talks", None,
                            f"Russian Prime Minister Viktor Chernomyrdin held talks with {host} in Beijing on June 27.",
                            dt.date(1997, 6, 27))
    return _visit(merge_across_articles([e for x in (arrival, talks) for e in x.events], {}, common=Commonness()))


def test_a_past_premiers_visit_holds_his_talks_and_takes_the_premier_of_the_year_as_host():
    """(a leader of the past has no role today: offices.yaml's terms tell his country and the host's office)"""
    assert "li-peng" in _visit_of_1997("Premier Li Peng").participant_ids


def test_look_alike_the_past_foreign_minister_met_is_no_host():
    visit = _visit_of_1997("Foreign Minister Qian Qichen")
    assert not any("qian" in person for person in visit.participant_ids)


def test_look_alike_the_premier_a_visiting_president_meets_is_no_host_of_his_state_visit():
    arrival = extract_article("arrival", "Tokayev in Beijing", None,
                              "Kazakh President Kassym-Jomart Tokayev arrived in Beijing on March 3 for a two-day "
                              "state visit and held talks with Xi Jinping.", PUBLISHED)
    rows = _rows(arrival, _talks("premier", "Chinese Premier Li Qiang", "Kazakh President Kassym-Jomart Tokayev"))
    assert "li-qiang" not in _visit(rows).participant_ids

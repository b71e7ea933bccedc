"""A leader of the past has no office in the knowledge base's `role` (that is today's), but
knowledge/offices.yaml gives him the offices he held: so two reports of his visit that each name
another host (the head of state in one, the party's elder in another) are one visit, as for a
leader of today (corpus/visit_hosts.share_a_visitor). The look-alike: two reports sharing only a
host of the visited country stay two visits. Written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.corpus.event_reports import Commonness
from ruchina.extract.extraction import extract_article
from ruchina.knowledge.office_terms import countries_served

SATURDAY = dt.date(1987, 3, 4)


def visit_rows(*extractions):
    rows = merge_across_articles([e for x in extractions for e in x.events], {}, common=Commonness())
    return [row for row in rows if row.event_type in ("visit", "state_visit")]


def test_a_past_leader_served_the_countries_of_his_offices():
    assert countries_served("mikhail-gorbachev") == {"Soviet Union"}


def _with_head_of_state():
    return extract_article("president", "Gorbachev in Beijing", None,
                           "Mikhail Gorbachev arrived in Beijing on March 3 for a two-day state visit. He held talks "
                           "with Yang Shangkun at the Great Hall of the People.", SATURDAY)


def _with_elder(city="Beijing", day="March 4", published=SATURDAY):
    return extract_article("elder", "Gorbachev meets Deng", None,
                           f"On the second day of his visit to {city} on {day}, Mikhail Gorbachev met Deng "
                           "Xiaoping.", published)


def test_reports_of_a_past_leaders_visit_naming_two_hosts_are_one_visit():
    rows = visit_rows(_with_head_of_state(), _with_elder())
    assert any({"president", "elder"} <= set(row.article_ids) for row in rows)


def test_the_past_leader_in_another_country_the_next_day_is_on_another_visit():
    rows = visit_rows(_with_head_of_state(), _with_elder("Pyongyang", "March 5", dt.date(1987, 3, 5)))
    assert not any({"president", "elder"} <= set(row.article_ids) for row in rows)

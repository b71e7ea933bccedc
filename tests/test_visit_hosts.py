"""A visit's reports that name its visitor beside different hosts (the head of state in one
article, the premier in another) are one visit, while two guests of one host in his capital on
the same days, and the visitor's visits a month apart or in another country the next day, stay
apart (corpus/visit_hosts.py).

Every fixture is written for these tests; each stands beside a look-alike that must not do what
it does."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.corpus.event_reports import Commonness
from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2031, 3, 4)


def _visit_rows(*extractions, common=None):
    rows = merge_across_articles([e for x in extractions for e in x.events], {},
                                 common=common or Commonness())
    return [row for row in rows if row.event_type in ("visit", "state_visit")]


def _together(rows, a, b):
    return any({a, b} <= set(row.article_ids) for row in rows)


def _with_head_of_state(article_id="president", month="March", published=PUBLISHED):
    return extract_article(article_id, "Tokayev in Beijing", None,
                           f"Kazakh President Kassym-Jomart Tokayev arrived in Beijing on {month} 3 for a two-day "
                           "state visit. He held talks with Xi Jinping at the Great Hall of the People.", published)


def _with_premier(article_id="premier", city="Beijing", day="March 4", published=PUBLISHED):
    return extract_article(article_id, "Tokayev meets the premier", None,
                           f"On the second day of his visit to {city} on {day}, Kassym-Jomart Tokayev met "
                           "Premier Li Qiang.", published)


def test_the_visitor_with_the_head_of_state_and_with_the_premier_on_those_days_is_one_visit():
    rows = _visit_rows(_with_head_of_state(), _with_premier())
    assert _together(rows, "president", "premier")
    (visit,) = [row for row in rows if _together([row], "president", "premier")]
    assert {"Q15031", "kassym-jomart-tokayev", "li-qiang"} <= set(visit.participant_ids)


def test_the_visitor_common_in_the_corpus_still_ties_the_two_reports():
    """(the President in every page of his own site: one shared common person ties 0.5)"""
    common = Commonness(frozenset({"kassym-jomart-tokayev"}), frozenset({"Kassym-Jomart Tokayev"}))
    assert _together(_visit_rows(_with_head_of_state(), _with_premier(), common=common), "president", "premier")


def _guest_of_xi(article_id: str, guest: str):
    return extract_article(article_id, f"{guest} in Beijing", None,
                           f"{guest} arrived in Beijing on March 3 for a two-day state visit. He held talks with "
                           "Xi Jinping at the Great Hall of the People.", PUBLISHED)


def test_two_guests_of_one_host_in_his_capital_on_the_same_days_are_two_visits():
    """The person the two reports share is the host: his office is the visited country's."""
    first = _guest_of_xi("uzbek", "Uzbek President Shavkat Mirziyoyev")
    second = _guest_of_xi("kazakh", "Kazakh President Kassym-Jomart Tokayev")
    assert not _together(_visit_rows(first, second), "uzbek", "kazakh")


def test_the_visitor_a_month_later_or_in_another_country_the_next_day_is_on_another_visit():
    april = _with_head_of_state("april", "April", dt.date(2031, 4, 4))
    assert not _together(_visit_rows(april, _with_premier()), "april", "premier")
    moscow = _with_premier("moscow", "Moscow", "March 5", dt.date(2031, 3, 5))
    assert not _together(_visit_rows(_with_head_of_state(), moscow), "president", "moscow")


def _arrival(article_id: str, who: str, city: str = "Beijing"):
    return extract_article(article_id, f"{who} in {city}", None,
                           f"{who} arrived in {city} on March 3 for a two-day state visit.", PUBLISHED)


def test_two_leaders_each_told_alone_on_state_visits_to_one_capital_on_the_same_days_are_two_visits():
    """(a summit's host receives several guests on state visits around it; each report names its own)"""
    rows = _visit_rows(_arrival("uzbek", "Uzbek President Shavkat Mirziyoyev"),
                       _arrival("kazakh", "Kazakh President Kassym-Jomart Tokayev"))
    assert not _together(rows, "uzbek", "kazakh")


def test_a_minister_travelling_with_his_president_or_the_host_told_alone_is_on_the_same_visit():
    minister = _visit_rows(_arrival("president", "Russian President Vladimir Putin"),
                           _arrival("minister", "Russian Foreign Minister Sergei Lavrov"))
    assert _together(minister, "president", "minister")
    host = _visit_rows(_arrival("guest", "Kazakh President Kassym-Jomart Tokayev"),
                       extract_article("host", "Xi receives a guest", None,
                                       "Chinese President Xi Jinping hosts a two-day state visit in Beijing from "
                                       "March 3.", PUBLISHED))
    assert _together(host, "guest", "host")


def test_the_premiers_report_placed_only_in_the_country_or_nowhere_is_on_the_visit():
    """(one place holds the other, or one report is placed by nothing of its own)"""
    in_country = _visit_rows(_with_head_of_state(), _with_premier(city="China"))
    assert _together(in_country, "president", "premier")
    nowhere = extract_article("premier", "Tokayev meets the premier", None,
                              "On the second day of his state visit on March 4, Kassym-Jomart Tokayev met Premier "
                              "Li Qiang.", PUBLISHED)
    assert _together(_visit_rows(_with_head_of_state(), nowhere), "president", "premier")


def test_look_alike_the_premiers_report_in_another_city_of_the_country_is_not_the_capitals_visit():
    """(Shanghai does not hold Beijing, nor Beijing Shanghai: neither report holds the other's place)"""
    assert not _together(_visit_rows(_with_head_of_state(), _with_premier(city="Shanghai")), "president", "premier")


def test_look_alike_two_guests_the_knowledge_base_gives_no_office_sharing_the_host_are_two_visits():
    """The person they share is the host, of the visited country's office; a guest of no known office
    is none of another country's."""
    first, second = _guest_of_xi("khan", "Imran Khan"), _guest_of_xi("bolsonaro", "Jair Bolsonaro")
    assert not _together(_visit_rows(first, second), "khan", "bolsonaro")


def _arrived_for_one_day():
    return extract_article("president", "Tokayev in Beijing", None,
                           "Kazakh President Kassym-Jomart Tokayev arrived in Beijing on March 3 for a state visit "
                           "and held talks with Xi Jinping at the Great Hall of the People.", PUBLISHED)


def _premier_on(day: str, published: dt.date):
    return extract_article("premier", "Tokayev meets the premier", None,
                           f"Kassym-Jomart Tokayev met Premier Li Qiang in Beijing on {day} during his state visit.",
                           published)


def test_the_next_days_talks_with_the_premier_are_on_the_visit_told_by_its_first_day():
    """(each report's own days: the first day's talks with the head of state, the second's with the premier)"""
    rows = _visit_rows(_arrived_for_one_day(), _premier_on("March 4", PUBLISHED))
    assert _together(rows, "president", "premier")


def test_look_alike_talks_with_the_premier_two_days_after_a_visit_of_one_day_are_another_stay():
    rows = _visit_rows(_arrived_for_one_day(), _premier_on("March 6", dt.date(2031, 3, 6)))
    assert not _together(rows, "president", "premier")


def test_a_member_dated_only_to_a_month_lets_no_report_through_on_another_members_days():
    """A cluster holds the visitor with the head of state in March (no day) and his arrival on the 3rd
    (alone): the premier's report of the 4th shares the visitor with the arrival, not with the report
    of the month, whose own days it cannot be said to meet (the cluster's days are the arrival's)."""
    from ruchina.corpus.event_merge import _Cluster
    from ruchina.corpus.event_reports import Commonness, Report

    common = Commonness()
    month = extract_article("month", "Tokayev and Xi", None, "Kassym-Jomart Tokayev's state visit to Beijing in "
                            "March with Xi Jinping was a success.", dt.date(2031, 4, 20))
    arrival = extract_article("arrival", "Tokayev arrives", None, "Kazakh President Kassym-Jomart Tokayev arrived "
                              "in Beijing on March 3 for a two-day state visit.", PUBLISHED)

    def visits(extraction):
        return [Report(event, common) for event in extraction.events if event.family == "visit"]

    (of_the_month,), (arrived,), (premier,) = visits(month), visits(arrival), visits(_with_premier())
    assert not of_the_month.by_day and arrived.by_day
    cluster = _Cluster()
    cluster.add(of_the_month)
    cluster.add(arrived)
    assert cluster.contradicts(premier, common)
    alone = _Cluster()
    alone.add(arrived)
    assert not alone.contradicts(premier, common)  # (the look-alike: the arrival alone ties it)

"""Talks told in one article, held inside a visit another article reports (events.part_of across
articles, corpus/visit_parts_elsewhere.py), on rows written for the tests. Each beside a
look-alike that must stay apart: talks in the city a week after the visit, a minister's talks in
the capital while his leader is visiting another city, a call on a day of the visit, talks of
others than the visitor in the visited capital, and talks two visits would hold alike."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ruchina.corpus.event_rows import Event
from ruchina.corpus.visit_parts_elsewhere import link_parts_to_visits_elsewhere
from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_mentions import ArticleEvent, EventMention

PUTIN, XI, MISHUSTIN = "Q7747", "Q15031", "Q4298520"
TOKAYEV, LUKASHENKO = "kassym-jomart-tokayev", "alexander-lukashenko"
LAVROV, WANG = "sergei-lavrov", "wang-yi"
MOSCOW, BEIJING, SHANGHAI, ST_PETERSBURG = "Q649", "Q956", "shanghai", "saint-petersburg"
DAY = dt.date(2024, 10, 7)


def row(event_id, kind, first, last, place, people, article):
    """An events row as the merge makes it, reported by one article."""
    date = ResolvedDate(first, last, "day", "", 0, 0, "explicit")
    report = EventMention(article, kind, tuple(people), place, date, "occurred", False, "", 0, 0)
    return Event(event_id, kind, event_id, first, last, "day", place, list(people), "occurred", [article], "",
                 [ArticleEvent(article, last, [report])])


def days(n):
    return DAY + dt.timedelta(days=n)


def test_a_signing_one_article_tells_is_part_of_the_state_visit_another_article_tells():
    # (a piece on the treaty names no visit; the wire's story of the three days tells the trip)
    visit = row("visit", "state_visit", DAY, days(2), MOSCOW, [TOKAYEV, PUTIN], "wire")
    signing = row("signing", "agreement", days(1), days(1), MOSCOW, [TOKAYEV, PUTIN], "piece")
    link_parts_to_visits_elsewhere([visit, signing])
    assert signing.part_of == "visit"


def test_the_visitor_s_talks_with_the_host_s_premier_told_elsewhere_are_part_of_the_visit():
    visit = row("visit", "state_visit", DAY, days(2), MOSCOW, [XI, PUTIN], "wire")
    premier = row("premier", "meeting", days(1), days(1), MOSCOW, [XI, MISHUSTIN], "piece")
    link_parts_to_visits_elsewhere([visit, premier])
    assert premier.part_of == "visit"


def test_talks_in_the_city_a_week_after_the_visit_are_part_of_nothing():
    visit = row("visit", "state_visit", DAY, days(2), MOSCOW, [TOKAYEV, PUTIN], "wire")
    later = row("later", "meeting", days(9), days(9), MOSCOW, [TOKAYEV, PUTIN], "piece")
    link_parts_to_visits_elsewhere([visit, later])
    assert later.part_of is None


def test_a_minister_s_talks_in_the_capital_while_his_leader_visits_another_city_are_part_of_nothing():
    # (the leader is in Shanghai; his foreign minister meets his counterpart in Beijing that day)
    visit = row("visit", "visit", DAY, days(1), SHANGHAI, [PUTIN, XI], "wire")
    ministers = row("ministers", "meeting", days(1), days(1), BEIJING, [LAVROV, WANG], "piece")
    link_parts_to_visits_elsewhere([visit, ministers])
    assert ministers.part_of is None


def test_ministers_talks_in_the_visited_capital_without_the_visitor_are_part_of_nothing():
    visit = row("visit", "state_visit", DAY, days(2), BEIJING, [PUTIN, XI], "wire")
    ministers = row("ministers", "meeting", days(1), days(1), BEIJING, [LAVROV, WANG], "piece")
    link_parts_to_visits_elsewhere([visit, ministers])
    assert ministers.part_of is None


def test_a_call_on_a_day_of_a_visit_is_no_part_of_it():
    # (placed in the visit's city, with the visit's people: only its kind keeps it out)
    visit = row("visit", "state_visit", DAY, days(2), MOSCOW, [TOKAYEV, PUTIN], "wire")
    call = row("call", "call", days(1), days(1), MOSCOW, [TOKAYEV, PUTIN], "piece")
    talks = row("talks", "meeting", days(1), days(1), MOSCOW, [TOKAYEV, PUTIN], "other piece")
    link_parts_to_visits_elsewhere([visit, call, talks])
    assert (call.part_of, talks.part_of) == (None, "visit")


def test_talks_the_visit_s_own_article_tells_or_told_as_earlier_are_left_to_that_article():
    # (link_parts reads an article's own parts; a report of talks told only as past ("had met
    # before") says nothing of the visit's days)
    visit = row("visit", "state_visit", DAY, days(2), MOSCOW, [TOKAYEV, PUTIN], "wire")
    own = row("own", "meeting", days(1), days(1), MOSCOW, [TOKAYEV, PUTIN], "wire")
    past = row("past", "meeting", days(1), days(1), MOSCOW, [TOKAYEV, PUTIN], "piece")
    past.article_events[0].mentions[0] = replace(past.article_events[0].mentions[0], earlier=True)
    link_parts_to_visits_elsewhere([visit, own, past])
    assert (own.part_of, past.part_of) == (None, None)


def test_of_two_visits_that_hold_the_talks_the_shorter_takes_them():
    # (the state visit's three days hold the day the visitor spends in the capital)
    visit = row("visit", "state_visit", DAY, days(2), MOSCOW, [TOKAYEV, PUTIN], "wire")
    day = row("day", "visit", days(1), days(1), MOSCOW, [TOKAYEV, PUTIN], "agency")
    talks = row("talks", "meeting", days(1), days(1), MOSCOW, [TOKAYEV, PUTIN], "piece")
    link_parts_to_visits_elsewhere([visit, day, talks])
    assert talks.part_of == "day"


def test_unplaced_talks_or_talks_in_another_country_are_part_of_no_visit_told_elsewhere():
    visit = row("visit", "state_visit", DAY, days(2), MOSCOW, [TOKAYEV, PUTIN], "wire")
    unplaced = row("unplaced", "meeting", days(1), days(1), None, [TOKAYEV, PUTIN], "piece")
    abroad = row("abroad", "meeting", days(1), days(1), BEIJING, [TOKAYEV, PUTIN], "other piece")
    link_parts_to_visits_elsewhere([visit, unplaced, abroad])
    assert (unplaced.part_of, abroad.part_of) == (None, None)


def test_talks_two_visits_of_the_same_days_would_hold_alike_are_left_unlinked():
    # (the trip told twice, its reports kept apart: nothing tells which row is the visit)
    one = row("one", "visit", DAY, days(1), ST_PETERSBURG, [LUKASHENKO], "wire")
    two = row("two", "visit", DAY, days(1), ST_PETERSBURG, [LUKASHENKO, PUTIN], "agency")
    talks = row("talks", "meeting", days(1), days(1), ST_PETERSBURG, [LUKASHENKO, PUTIN], "piece")
    link_parts_to_visits_elsewhere([one, two, talks])
    assert talks.part_of is None


def test_talks_already_linked_in_their_own_article_keep_their_whole():
    visit = row("visit", "state_visit", DAY, days(2), MOSCOW, [TOKAYEV, PUTIN], "wire")
    talks = row("talks", "meeting", days(1), days(1), MOSCOW, [TOKAYEV, PUTIN], "piece")
    talks.part_of = "forum"
    link_parts_to_visits_elsewhere([visit, talks])
    assert talks.part_of == "forum"


def test_a_leader_s_visit_to_a_venue_in_his_own_capital_holds_none_of_his_day_s_other_business():
    # (the president looks round an exhibition in Moscow; another article tells his meeting
    # with teachers in the Kremlin that afternoon)
    exhibition = row("exhibition", "visit", DAY, DAY, MOSCOW, [PUTIN], "kremlin")
    teachers = row("teachers", "meeting", DAY, DAY, MOSCOW, [PUTIN, "a-teacher"], "piece")
    link_parts_to_visits_elsewhere([exhibition, teachers])
    assert teachers.part_of is None


def test_a_leader_s_trip_to_another_city_of_his_country_holds_what_he_does_there_that_day():
    trip = row("trip", "visit", DAY, DAY, ST_PETERSBURG, [PUTIN], "kremlin")
    ceremony = row("ceremony", "other", DAY, DAY, ST_PETERSBURG, [PUTIN], "piece")
    link_parts_to_visits_elsewhere([trip, ceremony])
    assert ceremony.part_of == "trip"

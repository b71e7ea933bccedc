"""A visit to a country, state visit or not, is paid to its president when the article tells
the visitor in talks of their own with that president (issue 23 class 5; the gold's convention:
a visit names the visitor and the leader who receives him): "Modi said he would visit China in
May", beside "talks with Xi Jinping", is Xi's visit to host too. The look-alike: a visitor seen
only with another country's leader hosts no one. Texts written for the test."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
MODI, XI, PUTIN = (CATALOG.named(name).entity_id for name in ("Narendra Modi", "Xi Jinping", "Vladimir Putin"))
TUESDAY = dt.date(2031, 11, 18)


def visit_people(body: str) -> set[str]:
    events = extract_article("visit", None, None, body, TUESDAY, "en").events
    return next(e for e in events if e.family == "visit").participants


def test_a_visit_to_a_country_whose_president_the_visitor_meets_is_his_to_host():
    body = ("Narendra Modi held talks with Xi Jinping in Kazan on Tuesday.\n\n"
            "Modi said he would visit China in May.")
    assert visit_people(body) == {MODI, XI}


def test_a_visitor_seen_only_with_another_leader_is_hosted_by_no_one():
    body = ("Narendra Modi held talks with Vladimir Putin in Kazan on Tuesday.\n\n"
            "Modi said he would visit China in May.")
    assert visit_people(body) == {MODI}


MACRON = CATALOG.named("Emmanuel Macron").entity_id


def visit_of(body: str):
    events = extract_article("visit", None, None, body, TUESDAY, "en").events
    return next(e for e in events if e.family == "visit")


def test_a_state_visit_to_a_city_is_paid_to_the_president_of_talks_told_held_with_no_day():
    # (the story of the visit's day: its talks told held, "in the afternoon", with no day of their own)
    body = ("Narendra Modi arrived in Paris on Tuesday for a two-day state visit.\n\n"
            "Modi and President Emmanuel Macron held talks at the Elysee palace in the afternoon.")
    assert visit_of(body).participants == {MODI, MACRON}


def test_talks_recalled_from_years_before_host_no_visit_told_held():
    body = ("Narendra Modi arrived in Paris on Tuesday for a two-day state visit.\n\n"
            "Modi had held talks with President Emmanuel Macron in New Delhi in 2019.")
    assert visit_of(body).participants == {MODI}


def test_the_other_stops_of_a_tour_are_no_place_of_the_visit_told_as_its_last():
    body = ("Narendra Modi arrived in France on Tuesday for a two-day state visit, the last stop of a tour "
            "that took him to Spain and Portugal.")
    assert visit_of(body).location_id == CATALOG.named("France").entity_id


def test_a_place_the_visit_itself_takes_him_to_stays_its_place():
    body = "Narendra Modi will pay a state visit on Tuesday to France, where he will see Macron."
    assert visit_of(body).location_id == CATALOG.named("France").entity_id

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

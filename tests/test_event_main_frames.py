"""A title (or a lead) that tells a signing beside another event ("A and B sign deals as A makes
a state visit") has that other event for its main one: the signing is held at it. A title that
tells only a signing keeps the signing. Texts written for the test."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2024, 8, 9)
BODY = "Lula and Erdogan signed twelve agreements in Brasilia on Friday."


def main_types(title: str) -> set[str]:
    events = extract_article("t", title, None, BODY, PUBLISHED, "en").events
    return next(e.types() for e in events if e.main)


def test_a_signing_beside_a_state_visit_in_the_title_has_the_visit_for_main_event():
    assert main_types("Lula and Erdogan sign trade pacts as Turkish leader makes state visit to Brazil") == {
        "state_visit"}


def test_a_title_of_a_signing_alone_keeps_the_signing():
    assert main_types("Lula and Erdogan sign twelve trade pacts in Brasilia") == {"agreement"}

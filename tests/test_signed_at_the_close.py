"""A signing told as done "at the close of" a several-day main event is held on its last day,
not over all its days; one told beside the event with no such words keeps the event's days as
before. The sentences are written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2019, 10, 25)
TITLE = "Caspian summit in Baku, 24-25 October"


def _signing_days(closing_sentence: str) -> tuple:
    body = ("Leaders of the five Caspian states met in Baku on 24-25 October for their summit on the sea. "
            + closing_sentence)
    events = extract_article("t1", TITLE, None, body, PUBLISHED, "en").events
    signing = next(e for e in events if "agreement" in e.types())
    return signing.date.first, signing.date.last


def test_a_declaration_adopted_at_the_close_of_the_summit_is_of_its_last_day():
    days = _signing_days("The heads of state signed a joint declaration at the close of the two-day summit.")
    assert days == (dt.date(2019, 10, 25), dt.date(2019, 10, 25))


def test_look_alike_a_declaration_signed_at_the_summit_keeps_its_days():
    days = _signing_days("The heads of state signed a joint declaration at the two-day summit.")
    assert days == (dt.date(2019, 10, 24), dt.date(2019, 10, 25))

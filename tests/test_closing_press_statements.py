"""Two leaders' talks told as closing with a joint press statement ("closed two days of talks on
Friday with a joint press statement") adopted it, an agreement of its own by the two
(knowledge/events_en.yaml closing_documents: a joint statement, "press" or not). Beside it, the
look-alike a press conference, which is no document. Written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

SATURDAY = dt.date(2023, 6, 10)
TOKAYEV, MIRZIYOYEV = "kassym-jomart-tokayev", "shavkat-mirziyoyev"


def agreements(body: str):
    events = extract_article("story", "Neighbours settle water row", None, body, SATURDAY, "en").events
    return [e for e in events if "agreement" in e.types()]


def test_talks_closed_with_a_joint_press_statement_adopted_it():
    body = ("Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev closed a two-day summit "
            "in Samarkand on Friday with a joint press statement on sharing the water of the Syr Darya.")
    [document] = agreements(body)
    assert {TOKAYEV, MIRZIYOYEV} <= document.participants


def test_look_alike_talks_closed_with_a_press_conference_adopted_nothing():
    body = ("Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev closed a two-day summit "
            "in Samarkand on Friday with a joint press conference on sharing the water of the Syr Darya.")
    assert agreements(body) == []

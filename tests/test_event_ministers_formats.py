"""A ministers' format of three told by their offices ("The foreign ministers of A, B and C met") and
again by name ("X chaired the talks with B's Y and C's Z"): one meeting of the three, even where a
leader's reception of one of them the same day stands beside it (event_officials.py). Beside it, the
ministers' meeting told apart from the leaders' own talks, which names no minister, stays another
meeting of no one named. Fixtures written for these tests (other ministers, other cities)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog

FRIDAY = dt.date(2023, 3, 3)


def gatherings(body: str):
    return [e for e in extract_article("f", None, None, body, FRIDAY, "en").events
            if e.family == "gathering"]


def names(event) -> set[str]:
    return {entity_catalog().get(p).name for p in event.participants}


def test_the_ministers_format_told_by_offices_then_by_name_is_one_meeting_of_the_three():
    body = ("NEW DELHI, March 3 - The foreign ministers of India, Russia and China met in New Delhi on Friday.\n\n"
            "Subrahmanyam Jaishankar chaired the talks with Russia's Sergei Lavrov and China's Wang Yi.\n\n"
            "Later on Friday, Prime Minister Narendra Modi received Lavrov at his residence.")
    meetings = [names(e) for e in gatherings(body)]
    assert sorted(meetings, key=len) == [{"Narendra Modi", "Sergei Lavrov"},
                                         {"Subrahmanyam Jaishankar", "Sergei Lavrov", "Wang Yi"}]


def test_look_alike_the_ministers_meeting_beside_the_leaders_talks_names_no_one():
    body = ("Vladimir Putin held talks in Beijing with Xi Jinping on Friday.\n\n"
            "The foreign and defence ministers held their first meeting in this format on Friday.")
    unnamed = [e for e in gatherings(body) if not e.participants]
    assert len(unnamed) == 1

"""A ministers' format of three told by their offices ("The foreign ministers of A, B and C met") and
again by name ("X chaired the talks with B's Y and C's Z"): one meeting of the three, even where a
leader's reception of one of them the same day stands beside it (event_officials.py). Beside it, the
ministers' meeting told apart from the leaders' own talks, which names no minister, stays another
meeting of no one named. Fixtures written for these tests (other ministers, other cities)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge.base import entity_catalog
from ruchina.knowledge.office_terms import served_as_minister_only

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


def test_a_format_of_ministers_of_past_years_is_one_meeting_of_the_three():
    # (Swaraj was India's minister of 2014-2019: offices.yaml, no role of today)
    body = ("MOSCOW, April 18 - The foreign ministers of Russia, India and China met in Moscow on Monday.\n\n"
            "Sergei Lavrov chaired the talks with India's Sushma Swaraj and China's Wang Yi.")
    published = dt.date(2016, 4, 18)
    meetings = [names(e) for e in extract_article("f", None, None, body, published, "en").events
                if e.family == "gathering"]
    assert meetings == [{"Sergei Lavrov", "Sushma Swaraj", "Wang Yi"}]


def test_one_who_held_only_a_ministers_office_served_as_minister_only_and_a_premier_who_was_minister_too_not():
    catalog = entity_catalog()
    served = {name: served_as_minister_only(catalog.named(name).entity_id)
              for name in ("Sushma Swaraj", "Qian Qichen", "Zhou Enlai", "Hu Jintao")}
    assert served == {"Sushma Swaraj": True, "Qian Qichen": True, "Zhou Enlai": False, "Hu Jintao": False}

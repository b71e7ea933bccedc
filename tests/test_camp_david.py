"""Talks at a leaders' retreat in no city ("held talks at Camp David, the presidential retreat in
Maryland") are placed there, not in the country holding it nor at the dateline's town: Camp David is a
place of its own in the knowledge base (knowledge/entities.yaml, type LOC), as Novo-Ogaryovo is. A
venue inside a city (the Great Hall of the People) still places the talks in its city. Fixtures
written for these tests (other people, other talks)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
FRIDAY = dt.date(2003, 9, 27)


def meeting_place(title: str, body: str) -> str | None:
    [main] = [e for e in extract_article("retreat", title, None, body, FRIDAY, "en").events if e.main]
    return main.location_id


def test_talks_at_camp_david_are_placed_there():
    body = ("FREDERICK, Md., Sept. 27 (WNS) -- President Vladimir Putin and Chinese President Hu Jintao held "
            "talks at Camp David, the presidential retreat in Maryland, today.")
    assert meeting_place("Putin and Hu meet at Camp David", body) == CATALOG.named("Camp David").entity_id


def test_talks_at_a_hall_in_a_city_are_placed_in_the_city():
    body = "President Vladimir Putin and President Hu Jintao held talks at the Great Hall of the People today."
    assert meeting_place("Putin and Hu meet", body) == CATALOG.named("Beijing").entity_id



def place_reports(body: str) -> list[tuple[str, str | None]]:
    mentions = extract_article("retreat", "G8 summit ends", None, body, dt.date(2008, 7, 10), "en").event_mentions
    return [(m.event_type, m.location_id) for m in mentions]


def test_talks_that_only_date_an_arrival_are_no_report():
    # ("reached Okinawa late after the Camp David talks": the talks date the arrival; placed at Camp David
    # they joined the day's other talks, events_en.yaml time_reference)
    body = "George Bush, who reached Hokkaido late after the Camp David talks on Iran, did not raise the issue at the summit."
    assert ("meeting", CATALOG.named("Camp David").entity_id) not in place_reports(body)


def test_talks_held_late_into_the_night_at_camp_david_stay_a_report():
    body = "George Bush and Dmitry Medvedev held talks late into the night at Camp David on Friday."
    assert ("meeting", CATALOG.named("Camp David").entity_id) in place_reports(body)

"""A place right before a "where" clause places the event the clause tells: "Lula is in Lima
today, where he held talks with Boric this morning" puts the talks in Lima (extract/where_places.py).
The look-alikes: a place named as a topic before "where" ("talks on Syria, where the war goes
on") is no venue, and a clause that does not open with "where" keeps no place from before it.
The subject a "where he" clause refers to may follow a short aside ("As reporters know,").
Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
TASHKENT, ASTANA = (CATALOG.named(name).entity_id for name in ("Tashkent", "Astana"))
DAY = dt.date(2034, 3, 7)


def meetings(body: str) -> list:
    return [m for m in extract_article("where", None, None, body, DAY, "en").event_mentions if m.event_type == "meeting"]


def meeting_places(body: str) -> list[str | None]:
    return [m.location_id for m in meetings(body)]


def test_talks_in_a_where_clause_are_at_the_place_it_hangs_from():
    body = "As reporters know, Kassym-Jomart Tokayev is in Tashkent today, where he held talks with Shavkat Mirziyoyev."
    assert meeting_places(body) == [TASHKENT]
    # (after a short aside, "As reporters know,", the sentence's subject is still the one "he" is)
    assert CATALOG.named("Kassym-Jomart Tokayev").entity_id in meetings(body)[0].participant_ids


def test_a_where_clause_after_a_topic_is_no_venue():
    body = "Kassym-Jomart Tokayev spoke about Afghanistan, where he held talks with Shavkat Mirziyoyev last year."
    assert TASHKENT not in meeting_places(body) and ASTANA not in meeting_places(body)
    assert CATALOG.named("Afghanistan").entity_id not in meeting_places(body)


def test_a_clause_not_opened_by_where_takes_no_place_from_before_it():
    body = "Kassym-Jomart Tokayev is in Tashkent today, and on Friday he held talks with Shavkat Mirziyoyev in Astana."
    assert meeting_places(body) == [ASTANA]

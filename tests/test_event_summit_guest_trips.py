"""A guest's trip to a summit is not part of the summit (corpus/event_parts.py): the summit
holds the talks on its sidelines, the trip that brings a leader there is its own event. A
forum still holds a visit of its programme, and the sideline talks stay the summit's.
Fixtures written for these tests (other events, other names)."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.events_table import merged_events
from ruchina.extract.extraction import extract_article

SATURDAY = dt.date(2026, 4, 18)


def merged(body: str, language: str = "en"):
    extraction = extract_article("a1", None, None, body, SATURDAY, language)
    names = {m.entity_id: m.name for m in extraction.mentions}
    return merged_events([extraction], names)


def test_a_guests_trip_to_a_summit_is_no_part_of_it_but_the_sideline_talks_are():
    events = merged("Kazakh President Kassym-Jomart Tokayev arrived in Yerevan on Saturday for a visit. "
                    "The Eurasian Economic Union summit opened in Yerevan on Saturday. "
                    "On the sidelines of the summit in Yerevan on Saturday, Tokayev held talks with Vladimir Putin.")
    by_type = {e.event_type: e for e in events}
    assert {"visit", "summit", "meeting"} <= set(by_type), [e.event_type for e in events]
    assert by_type["visit"].part_of is None
    assert by_type["meeting"].part_of == by_type["summit"].event_id

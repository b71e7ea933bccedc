"""A document signed at talks that no visit or summit holds is part of those talks (events.part_of,
corpus/signings_at_talks.py), on short articles written for the tests. Each beside a look-alike that
must stay as it was: a signing inside a visit (the visit's), a signing of only some of a meeting's
people, and a signing on another day than the talks."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.events_table import merged_events
from ruchina.extract.extraction import extract_article

TOKAYEV, MIRZIYOYEV = "kassym-jomart-tokayev", "shavkat-mirziyoyev"
WEDNESDAY = dt.date(2023, 9, 13)


def merged(body, published=WEDNESDAY, language="en"):
    extraction = extract_article("a1", None, None, body, published, language)
    return merged_events([extraction], {m.entity_id: m.name for m in extraction.mentions})


def of_kind(events, kind):
    return [e for e in events if e.event_type == kind]


def test_a_protocol_signed_after_talks_held_in_nothing_is_part_of_the_talks():
    events = merged("Kassym-Jomart Tokayev and Shavkat Mirziyoyev held talks in Tashkent on Tuesday. After the "
                    "talks Tokayev and Mirziyoyev signed a protocol on the border in Tashkent on Tuesday.")
    (talks,) = of_kind(events, "meeting")
    (signing,) = of_kind(events, "agreement")
    assert talks.part_of is None
    assert signing.part_of == talks.event_id


def test_the_same_in_german():
    events = merged("Tokajew und Mirsijojew führten am Dienstag in Taschkent Gespräche. Danach unterzeichneten "
                    "Tokajew und Mirsijojew am Dienstag ein Grenzprotokoll.", language="de")
    (talks,) = of_kind(events, "meeting")
    (signing,) = of_kind(events, "agreement")
    assert signing.part_of == talks.event_id


def test_a_signing_at_talks_inside_a_visit_stays_the_visit_s():
    events = merged("Kassym-Jomart Tokayev arrived in Tashkent on Monday for a three-day state visit. On Tuesday "
                    "Tokayev and Shavkat Mirziyoyev held talks in Tashkent and signed a treaty on Tuesday.")
    (visit,) = of_kind(events, "state_visit")
    for signing in of_kind(events, "agreement"):
        assert signing.part_of == visit.event_id


def test_a_signing_of_a_talk_s_other_people_is_no_part_of_it():
    # (two of the three who met sign their own paper: no signing of the three's talks)
    events = merged("Kassym-Jomart Tokayev, Shavkat Mirziyoyev and Alexander Lukashenko held talks in Tashkent "
                    "on Tuesday. On Tuesday Tokayev and Mirziyoyev also signed a protocol on their border in Tashkent.")
    for signing in of_kind(events, "agreement"):
        assert set(signing.participant_ids) != {TOKAYEV, MIRZIYOYEV} or signing.part_of is None


def test_a_signing_on_another_day_is_no_part_of_the_talks():
    events = merged("Kassym-Jomart Tokayev and Shavkat Mirziyoyev held talks in Tashkent on Monday. Tokayev and "
                    "Mirziyoyev signed a protocol on the border in Tashkent on Tuesday.")
    for signing in of_kind(events, "agreement"):
        assert signing.part_of is None

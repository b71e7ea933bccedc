"""A held report told with "also" and no day of its own right after a dated report of one of its
people ("X met Y in Astana on Tuesday. He also met Z."; "Er traf auch Z", "Il a également rencontré
Z") is of that report's day and, placed nowhere, of its place: the same occasion told on. Look-alikes:
a report with a day of its own keeps it, and one with no "also" is left as it was. Every fixture is
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
MODI, MIRZIYOYEV = (CATALOG.named(name).entity_id for name in ("Narendra Modi", "Shavkat Mirziyoyev"))
ASTANA = CATALOG.named("Astana").entity_id
PUBLISHED = dt.date(2024, 7, 4)  # a Thursday
TUESDAY = dt.date(2024, 7, 2)

BODIES = {
    "en": "Narendra Modi met Kassym-Jomart Tokayev in Astana on Tuesday. He also met Shavkat Mirziyoyev.",
    "de": "Narendra Modi traf am Dienstag in Astana Kassym-Jomart Tokajew. Er traf auch Schawkat Mirsijojew.",
    "fr": "Narendra Modi a rencontré mardi à Astana Kassym-Jomart Tokaïev. Il a également rencontré Chavkat Mirzioïev.",
}


def mirziyoyev_meetings(body: str, language: str) -> list[tuple]:
    events = extract_article("t", None, None, body, PUBLISHED, language).events
    return [(e.date and e.date.first, e.location_id) for e in events
            if {MODI, MIRZIYOYEV} <= set(e.participants)]


@pytest.mark.parametrize("language", sorted(BODIES))
def test_a_meeting_told_with_also_after_a_dated_one_is_of_its_day_and_place(language):
    assert mirziyoyev_meetings(BODIES[language], language) == [(TUESDAY, ASTANA)]


def test_look_alike_a_meeting_told_with_also_and_a_day_of_its_own_keeps_it():
    body = "Narendra Modi met Kassym-Jomart Tokayev in Astana on Tuesday. He also met Shavkat Mirziyoyev on Wednesday."
    assert [day for day, _ in mirziyoyev_meetings(body, "en")] == [dt.date(2024, 7, 3)]


def test_look_alike_a_meeting_with_no_also_is_left_undated():
    body = "Narendra Modi met Kassym-Jomart Tokayev in Astana on Tuesday. In 2019 he met Shavkat Mirziyoyev."
    assert TUESDAY not in [day for day, _ in mirziyoyev_meetings(body, "en")]

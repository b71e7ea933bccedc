"""Meetings counted by the dozen are a series, not one event: "Thirty summits on, ...", "the
two have met some fifty times". A few counted ("the two summits") may each be told. Texts
written for the test; each has a look-alike beside it."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LULA, ERDOGAN = (CATALOG.named(name).entity_id for name in ("Luiz Inácio Lula da Silva", "Recep Tayyip Erdoğan"))
PUBLISHED = dt.date(2024, 2, 9)


def reported(body: str, title: str | None = None) -> list[str]:
    return [m.event_type for m in extract_article("t", title, None, body, PUBLISHED, "en").event_mentions]


def test_meetings_counted_by_the_dozen_are_no_report():
    assert reported("Lula and Erdogan met in Brasilia on Friday.",
                    title="Thirty meetings on: how Lula and Erdogan kept talking") == ["meeting"]


def test_a_pair_met_fifty_times_is_no_report():
    assert reported("Lula and Erdogan have met some fifty times since 2003, aides say.") == []


def test_a_few_counted_summits_are_still_reported():
    assert "summit" in reported("Lula attended the two summits in Ankara on Friday and Saturday.")

"""An events row's status: occurred when a report tells it held, planned otherwise, and planned
when it began after every article that reports it was published (corpus/event_rows.py).
Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.events_table import merged_events
from ruchina.extract.extraction import extract_article

BODY = "Kassym-Jomart Tokayev held talks with Xi Jinping in Astana on 16 May 2024."


def row(published):
    extraction = extract_article("a1", None, None, BODY, published, "en")
    (event,) = merged_events([extraction], {m.entity_id: m.name for m in extraction.mentions})
    return event


def test_an_event_that_began_after_every_report_was_published_is_planned():
    # (a past tense no article could write of it: a schedule told as if done, in a preview of the 10th)
    assert row(dt.date(2024, 5, 10)).status == "planned"


def test_look_alike_the_same_words_published_after_its_day_tell_it_held():
    assert row(dt.date(2024, 5, 17)).status == "occurred"

"""A meeting told as the object of a telling, with a relative clause after it that tells who chaired it
("Lavrov told Modi about the meeting of the joint commission, which he and Jaishankar co-chaired in New
Delhi on Monday"; "que presidió ese mismo día junto al ministro ..., Jaishankar"): its people are the
chairs (a "he", or no subject, is the sentence's subject), its day and place the clause's
(extract/chaired_meetings.py). Beside it, the look-alike that must not: a clause that tells no
chairing ("which X had called for") gives the meeting no chairs. Fixtures written for these
tests (other people, other meetings)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LAVROV, JAISHANKAR, MODI = "sergei-lavrov", "subrahmanyam-jaishankar", "Q1058"
NEW_DELHI = CATALOG.named("New Delhi").entity_id
TUESDAY, MONDAY = dt.date(2024, 11, 12), dt.date(2024, 11, 11)


def meetings(body: str, language: str):
    return [m for m in extract_article("chaired", "Lavrov in India", None, body, TUESDAY, language).event_mentions
            if m.event_type == "meeting"]


def test_a_meeting_chaired_in_a_relative_clause_is_its_chairs():
    body = ("Sergei Lavrov told Narendra Modi about the meeting of the joint commission, which he and "
            "Subrahmanyam Jaishankar co-chaired in New Delhi on Monday.")
    [told] = [m for m in meetings(body, "en") if JAISHANKAR in m.participant_ids]
    assert set(told.participant_ids) == {LAVROV, JAISHANKAR}
    assert told.date is not None and told.date.first == MONDAY
    assert told.location_id == NEW_DELHI


def test_a_meeting_chaired_with_no_subject_in_spanish_is_the_sentence_subjects_and_his_co_chairs():
    body = ("Serguéi Lavrov informó a Narendra Modi de la reunión de la comisión conjunta, que presidió el "
            "lunes junto al ministro indio de Exteriores, Subrahmanyam Jaishankar.")
    [told] = [m for m in meetings(body, "es") if JAISHANKAR in m.participant_ids]
    assert set(told.participant_ids) == {LAVROV, JAISHANKAR}


def test_a_clause_that_tells_no_chairing_gives_no_chairs():
    body = ("Sergei Lavrov told Narendra Modi about the meeting of the joint commission, which Subrahmanyam "
            "Jaishankar had called for in New Delhi on Monday.")
    assert all(set(m.participant_ids) != {LAVROV, JAISHANKAR} for m in meetings(body, "en"))

"""A day told from the one the sentence named before it ("a day earlier", "a day later": the day
before or after it, dates_same_day.py), and the clause it opens after ", and" whose subject is only
a pronoun: the sentence's subject (coordinated_subjects.py). Texts written for these tests; each
beside a look-alike."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.date_clauses import clause_dates
from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
LULA, MODI, RAMAPHOSA = (CATALOG.named(name).entity_id
                         for name in ("Luiz Inácio Lula da Silva", "Narendra Modi", "Cyril Ramaphosa"))
FRIDAY = dt.date(2024, 3, 15)
THURSDAY, SATURDAY = FRIDAY - dt.timedelta(days=1), FRIDAY + dt.timedelta(days=1)


def test_a_day_earlier_or_later_is_the_day_before_or_after_the_one_named():
    for phrase, day in (("a day earlier", THURSDAY), ("a day later", SATURDAY), ("the next day", SATURDAY)):
        dates = clause_dates(f"The talks were held on Friday, and {phrase} the envoys met.", FRIDAY, "past", "en")
        assert [d.first for d in dates if d.phrase == phrase] == [day], phrase


def test_a_day_earlier_with_no_day_before_it_is_no_date():
    assert clause_dates("A day earlier the envoys met.", FRIDAY, "past", "en") == []


def meetings(body):
    return [e for e in extract_article("t", None, None, body, FRIDAY, "en").events if "meeting" in e.types()]


def test_a_meeting_a_day_earlier_told_with_a_pronoun_is_the_subject_s():
    found = meetings("Lula held talks with Modi in Brasilia on Friday, and a day earlier he met Ramaphosa.")
    assert any(e.participants == {LULA, MODI} and e.date.first == FRIDAY for e in found)
    assert any(e.participants == {LULA, RAMAPHOSA} and e.date.first == THURSDAY for e in found)


def test_the_day_stated_keeps_the_same_reading():
    found = meetings("Lula held talks with Modi in Brasilia on Friday, and on Thursday he met Ramaphosa.")
    assert any(e.participants == {LULA, RAMAPHOSA} and e.date.first == THURSDAY for e in found)


def test_a_clause_naming_its_own_subject_keeps_it():
    found = meetings("Lula held talks with Modi in Brasilia on Friday, and a day earlier Modi met Ramaphosa.")
    assert any(e.participants == {MODI, RAMAPHOSA} and e.date.first == THURSDAY for e in found)
    assert not any(e.participants == {LULA, RAMAPHOSA} for e in found)

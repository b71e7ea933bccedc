"""A sentence telling an arrival as a state visit reports a state visit, one kind of event,
however many visits the article tells beside it (issue 23's failure class 7;
extract/state_visit_reports.py). Beside it the look-alike: a visit told in a sentence of its
own stays a visit.

Every fixture is written for these tests, with a visit and leaders of their own."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from ruchina.extract.extraction import extract_article

LULA = "luiz-inacio-lula-da-silva"
DAY = dt.date(2023, 4, 13)


def events(body, language="en", title="Lula begins his trip"):
    return extract_article("a", title, None, body, DAY, language).events


def test_an_arrival_told_as_a_state_visit_is_one_state_visit_whatever_visit_joins_it():
    found = events("Xi Jinping and Lula da Silva held talks in Beijing on Thursday. Lula da Silva arrived in China "
                   "on Wednesday on a state visit that lasts until Saturday. In the evening the two presidents "
                   "visited a museum.")
    (visit,) = [e for e in found if e.family == "visit" and LULA in e.participants]
    kinds = Counter(m.event_type for m in visit.mentions)  # (the events row's type: the most common)
    assert kinds["state_visit"] > kinds["visit"]


def test_russian_an_arrival_with_a_state_visit_is_a_state_visit():
    found = events("Председатель КНР Си Цзиньпин и президент Бразилии Лула да Силва провели переговоры в Пекине "
                   "в четверг. Лула да Силва прибыл в Китай с государственным визитом, который продлится до "
                   "15 апреля. Вечером президенты посетили музей.", "ru", "Переговоры в Пекине")
    (visit,) = [e for e in found if "state_visit" in e.types()]
    kinds = Counter(m.event_type for m in visit.mentions)
    assert kinds["state_visit"] > kinds["visit"]


def test_a_visit_told_in_a_sentence_of_its_own_stays_a_visit():
    """The look-alike: no state visit in its sentence."""
    found = events("Lula da Silva arrived in China on Wednesday and visited a factory in Shanghai on Thursday.")
    assert any(e.types() == {"visit"} for e in found)
    assert not any("state_visit" in e.types() for e in found)

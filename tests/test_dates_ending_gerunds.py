"""An event whose word a gerund or a noun of ending governs ("left Hanoi on Friday, concluding a
three-day state visit", "en la clausura de una cumbre de tres días", "завершая трёхдневный
визит") is told as ended: the day its sentence gives is its last, and its stated days count
back from it (knowledge/event_spans.yaml, ``ended``). The same sentence with a word of
beginning counts them on."""

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

SATURDAY = dt.date(2019, 6, 15)
FRIDAY = dt.date(2019, 6, 14)


def spans(body: str, language: str, kinds: set[str]) -> set[tuple[dt.date, dt.date]]:
    events = extract_article("ending", None, None, body, SATURDAY, language).events
    return {(m.date.first, m.date.last) for e in events if e.types() & kinds for m in e.mentions if m.date}


@pytest.mark.parametrize("body, language, kinds", [
    ("Narendra Modi left Hanoi on Friday, concluding a three-day state visit to Vietnam.", "en", {"visit", "state_visit"}),
    ("Los líderes aprobaron el viernes un plan de acción, en la clausura de una cumbre de tres días celebrada "
     "en Lima bajo la presidencia de Luiz Inácio Lula da Silva.", "es", {"summit"}),
    ("Нарендра Моди в пятницу посетил завод в Казани, завершая трёхдневный визит в Россию.", "ru", {"visit", "state_visit"}),
])
def test_an_event_a_gerund_of_ending_governs_ends_on_its_day(body, language, kinds):
    assert spans(body, language, kinds) == {(FRIDAY - dt.timedelta(days=2), FRIDAY)}


@pytest.mark.parametrize("body, language, kinds", [
    ("Narendra Modi arrived in Hanoi on Friday, beginning a three-day state visit to Vietnam.", "en", {"visit", "state_visit"}),
    ("Los líderes aprobaron el viernes un plan de acción, en la apertura de una cumbre de tres días celebrada "
     "en Lima bajo la presidencia de Luiz Inácio Lula da Silva.", "es", {"summit"}),
    # no word of ending: the day is the summit's first
    ("Los líderes aprobaron el viernes un plan de acción, en una cumbre de tres días celebrada "
     "en Lima bajo la presidencia de Luiz Inácio Lula da Silva.", "es", {"summit"}),
    ("Нарендра Моди в пятницу прибыл в Казань, начиная трёхдневный визит в Россию.", "ru", {"visit", "state_visit"}),
])
def test_look_alikes_an_event_begun_on_its_day(body, language, kinds):
    assert spans(body, language, kinds) == {(FRIDAY, FRIDAY + dt.timedelta(days=2))}

"""A leader's visit abroad told from inside it: it runs from the day he arrived for it to the day it ends
("arrived on Sunday for a visit that ends on Tuesday", event_spans.py; "llegó el domingo para una visita de
tres días, que termina hoy", event_endings.py: a day of its own after the verb of ending); the speech he
gives to his hosts' nation is an event of its own (knowledge/events_<language>.yaml `triggers: other`);
and the place he leaves for after it ("before leaving for Japan", "antes de viajar a Japón": the
language's `leaving_after_words`) is the trip's next stop told in passing, no visit (onward_legs.py).
Beside each, a look-alike that must not do what it does. Texts written for these tests, invented."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
MODI = CATALOG.named("Narendra Modi").entity_id
JAPAN = CATALOG.named("Japan").entity_id
SUNDAY, MONDAY, TUESDAY = dt.date(2031, 6, 8), dt.date(2031, 6, 9), dt.date(2031, 6, 10)
LEAD = {"en": "Narendra Modi held talks with Mongolia's president in Ulaanbaatar on Monday.\n\n",
        "es": "Narendra Modi se reunió el lunes en Ulán Bator con el presidente de Mongolia.\n\n"}


def events(body: str, language: str = "en", published: dt.date = MONDAY):
    return extract_article("a", None, None, LEAD[language] + body, published, language).events


def visit_days(found) -> list[tuple]:
    return [(e.date.first, e.date.last) for e in found if e.family == "visit" and e.date is not None]


def test_a_visit_an_arrival_is_for_runs_from_its_day_to_the_day_it_ends():
    body = "Modi arrived on Sunday afternoon with his delegation for a visit that ends on Tuesday."
    assert (SUNDAY, TUESDAY) in visit_days(events(body))


def test_lookalike_a_day_of_the_telling_is_no_first_day():
    body = "Officials said on Sunday afternoon that Modi's visit to Mongolia ends on Tuesday."
    assert (SUNDAY, TUESDAY) not in visit_days(events(body))


def test_a_visit_that_ends_today_counts_back_from_today_not_from_the_arrival():
    body = "Modi llegó el domingo por la tarde con su delegación para una visita de tres días, que termina hoy."
    assert (SUNDAY, TUESDAY) in visit_days(events(body, "es", TUESDAY))


def test_lookalike_a_visit_ended_on_the_day_told_counts_back_from_it():
    body = "Modi terminó el domingo una visita de tres días a Mongolia."
    assert (dt.date(2031, 6, 6), SUNDAY) in visit_days(events(body, "es", TUESDAY))


def test_the_place_left_for_after_a_speech_to_the_hosts_nation_is_no_visit():
    body = ("On Tuesday he will address the Mongolian people in a speech at the State Palace before leaving "
            "for Japan.")
    found = events(body)
    assert [e for e in found if e.family == "visit" and e.location_id == JAPAN] == []
    [speech] = [e for e in found if e.types() == {"other"}]
    assert MODI in speech.participants and speech.date.first == TUESDAY


def test_lookalike_a_visit_to_the_next_country_told_as_one_keeps_its_row():
    body = "On Wednesday he will pay a state visit to Japan, where he is to meet the emperor."
    assert [e.location_id for e in events(body) if e.family == "visit" and e.location_id == JAPAN] == [JAPAN]


def test_a_spanish_place_left_for_before_a_speech_is_no_visit():
    body = ("Modi realiza una visita oficial a Mongolia. "
            "Este martes, antes de viajar a Japón, Modi pronunciará un discurso dirigido al pueblo mongol.")
    found = events(body, "es")
    assert [e for e in found if e.family == "visit" and e.location_id == JAPAN] == []
    assert [sorted(e.participants) for e in found if e.types() == {"other"}] == [[MODI]]
